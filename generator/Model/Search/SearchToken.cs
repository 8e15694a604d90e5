namespace Hubwatch.Model.Search;

/// <summary>One run of searchable text: a run of Hangul syllables, or a folded word of letters and digits (<c>jeonju</c>, <c>2023</c>).</summary>
public sealed record SearchToken(string Text, bool IsHangul);
