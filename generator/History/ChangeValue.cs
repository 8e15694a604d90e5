using Hubwatch.Content;

namespace Hubwatch.History;

/// <summary>A value before or after a change, kept as data so each language can word it.</summary>
/// <param name="Raw">The value as the record holds it: won as digits, an ISO date, an id, a vocabulary value.</param>
/// <param name="Text">For <see cref="ValueKind.Text"/>: the text in both languages.</param>
/// <param name="Vocabulary">For <see cref="ValueKind.Vocabulary"/>: the interface-text prefix of the list (<c>funding_status</c>).</param>
public sealed record ChangeValue(ValueKind Kind, string Raw, LocalizedText? Text = null, string? Vocabulary = null);
