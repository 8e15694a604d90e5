namespace Hubwatch.Model.Views;

/// <summary>A piece of a computed sentence: plain text, or an amount or name linking to where it comes from.</summary>
public sealed record AnswerPartView(string Text, string? Url = null, MoneyView? Money = null);
