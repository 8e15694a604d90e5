using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>
/// The editors' English for a passage that the content cites from a source. <see cref="Korean"/> is the quote as the
/// citations give it, whitespace squeezed as <see cref="SeedText.Normalize"/> does; the source's own words stay the
/// authority, and English pages show the translation beside them, marked as the editors'.
/// </summary>
public sealed record PassageTranslation(string Korean, string English, SourceLocation Where);
