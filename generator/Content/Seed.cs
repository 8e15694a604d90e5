using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A source document, verbatim, with its metadata.</summary>
public sealed record Seed(
    Id<Seed> Id,
    LocalizedText Publisher,
    LocalizedText Title,
    PartialDate? Published,
    LocalizedText? DateNote,
    SeedKind Kind,
    string? Url,
    string Text,
    SourceLocation Where)
{
    /// <summary>The source's own dates conflict (a dateline and a byline that differ); <see cref="DateNote"/> says which the editors used.</summary>
    public bool DatesDisagree { get; init; }

    /// <summary>The editors' English for cited passages of this source, in the order they are written.</summary>
    public ImmutableArray<PassageTranslation> Translations { get; init; } = [];

    /// <summary>The editors' English for a quote of this source, or null when they have not translated it.</summary>
    public string? EnglishOf(string quote)
    {
        if (Translations.IsEmpty)
        {
            return null;
        }

        var korean = SeedText.Normalize(quote);
        foreach (var translation in Translations)
        {
            if (string.Equals(translation.Korean, korean, StringComparison.Ordinal))
            {
                return translation.English;
            }
        }

        return null;
    }
}
