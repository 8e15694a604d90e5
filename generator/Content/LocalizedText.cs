namespace Hubwatch.Content;

/// <summary>A text in Korean and English.</summary>
public sealed record LocalizedText(string Ko, string En)
{
    public string this[Language language] => language == Language.Ko ? Ko : En;

    public static LocalizedText Same(string text) => new(text, text);
}
