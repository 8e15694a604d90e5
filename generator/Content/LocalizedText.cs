using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A text in Korean and English.</summary>
/// <remarks>Where each text is written travels with it for checkers that point inside a text; it takes no part in equality.</remarks>
public sealed record LocalizedText(string Ko, string En)
{
    public string this[Language language] => language == Language.Ko ? Ko : En;

    /// <summary>Where the Korean text is written, when it was read from a file.</summary>
    public WrittenText? KoWritten { get; init; }

    /// <summary>Where the English text is written, when it was read from a file (the Korean one when English falls back to it).</summary>
    public WrittenText? EnWritten { get; init; }

    public WrittenText? Written(Language language) => language == Language.Ko ? KoWritten : EnWritten;

    public static LocalizedText Same(string text) => new(text, text);

    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Ko, other.Ko, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Ko, En);
}
