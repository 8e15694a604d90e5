namespace Hubwatch.Model.Views;

/// <summary>
/// HTML that the generator produced itself (rendered, sanitised Markdown). The only value a
/// template writes without escaping.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
