namespace Hubwatch.Content;

/// <summary>Language codes as they appear in HTML, file names and URLs.</summary>
public static class LanguageExtensions
{
    public static readonly IReadOnlyList<Language> All = [Language.Ko, Language.En];

    public static string Code(this Language language) => language == Language.Ko ? "ko" : "en";

    public static Language Other(this Language language) => language == Language.Ko ? Language.En : Language.Ko;
}
