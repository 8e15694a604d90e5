namespace Hubwatch.Content;

/// <summary>The portal's two languages; Korean is the primary edition at the site root.</summary>
public enum Language
{
    Ko,
    En,
}
