namespace Hubwatch.Cli;

/// <summary>What build reads, and check and serve with it. Folders are relative to the current directory.</summary>
public sealed record BuildSettings
{
    /// <summary>--content: the folder with site.yaml, hubs/, partners/ … (default: content).</summary>
    public string ContentDir { get; init; } = "content";

    /// <summary>--seeds: the source documents (default: seeds beside the content folder).</summary>
    public string? SeedsDir { get; init; }

    /// <summary>--templates: layouts, pages, assets and interface text (default: templates beside the content folder).</summary>
    public string? TemplatesDir { get; init; }

    /// <summary>--output: where the site is written (default: site beside the content folder).</summary>
    public string? OutputDir { get; init; }

    /// <summary>--base-path: URL prefix such as /hubwatch/ (default: from site.yaml; / when a custom domain is set).</summary>
    public string? BasePath { get; init; }

    /// <summary>--url: the address the site is published at (default: url in site.yaml, or https:// and the custom domain).</summary>
    public string? Url { get; init; }

    /// <summary>--repository: the repository the site is built from, for commit links (default: repository in site.yaml, or the one a github.io url names).</summary>
    public string? Repository { get; init; }

    /// <summary>--quiet: print only diagnostics.</summary>
    public bool IsQuiet { get; init; }

    /// <summary>--verbose: print timings per stage.</summary>
    public bool IsVerbose { get; init; }

    /// <summary>How the reader runs hubwatch (<c>hubwatch</c>, <c>./build.sh</c>), for messages that name a command.</summary>
    public string CommandName { get; init; } = "hubwatch";

    public string Root => Path.GetDirectoryName(Path.GetFullPath(ContentDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";

    public string Seeds => SeedsDir ?? Path.Combine(Root, "seeds");

    public string Templates => TemplatesDir ?? Path.Combine(Root, "templates");

    public string Output => OutputDir ?? Path.Combine(Root, "site");
}
