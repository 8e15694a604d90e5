using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// Markdig refuses documents nested past its own limit by throwing, and nesting costs a stack frame per level.
/// This check runs on the text before Markdig sees it, line by line without recursion, and reports the first
/// place where block quotes and lists, or emphasis, nest more than <see cref="MaxDepth"/> levels.
/// </summary>
/// <remarks>
/// It counts generously (every list marker and every two spaces of indentation before one are a level; every
/// opening <c>*</c>, <c>_</c> or <c>~</c> is one), so what it lets through stays well inside Markdig's limit.
/// </remarks>
public static class MarkdownNestingCheck
{
    /// <summary>The deepest nesting accepted; portal pages use two or three levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The 0-based line and column where the text first nests too deep, and what nests; null when it does not.</summary>
    public static (int Line, int Column, string What)? Find(string text)
    {
        var lines = text.Split('\n');
        var isInFence = false;
        var emphasis = 0;
        for (var line = 0; line < lines.Length; line++)
        {
            var content = lines[line];
            if (content.Trim().Length == 0)
            {
                // A blank line ends a paragraph, and the emphasis open in it.
                emphasis = 0;
                continue;
            }

            if (isInFence)
            {
                // Code is not nested, however it looks; only the closing fence matters.
                isInFence = !IsFence(content.TrimStart(' ', '\t', '>'));
                continue;
            }

            var start = Containers(content, out var deepAt);
            if (deepAt is { } at)
            {
                return (line, at, "block quotes and lists");
            }

            // Only a fence outside any container, indented less than four spaces, is sure to hold everything up to
            // its closing fence; a fence inside a quote or list can end early, so its lines are checked like any other.
            if (start < 4 && content[..start].Trim().Length == 0 && IsFence(content[start..]))
            {
                isInFence = true;
                continue;
            }

            for (var i = start; i < content.Length; i++)
            {
                var c = content[i];
                if (c is not ('*' or '_' or '~'))
                {
                    continue;
                }

                var end = i;
                while (end < content.Length && content[end] == c)
                {
                    end++;
                }

                var opens = end < content.Length && !char.IsWhiteSpace(content[end]);
                var closes = i > 0 && !char.IsWhiteSpace(content[i - 1]);
                if (opens && !closes)
                {
                    emphasis += end - i;
                    if (emphasis > MaxDepth)
                    {
                        return (line, i, "emphasis");
                    }
                }
                else if (closes && !opens)
                {
                    emphasis = Math.Max(0, emphasis - (end - i));
                }

                i = end - 1;
            }
        }

        return null;
    }

    /// <summary>Reports the first place the text nests too deep at its position; false when it does.</summary>
    /// <param name="line">The file line of the text's first line (1-based).</param>
    /// <param name="column">The file column of the text's first character (1-based); later lines start at the same column when <paramref name="isIndented"/>, otherwise at column 1.</param>
    public static bool Check(string text, string display, int line, int column, DiagnosticBag bag, bool isIndented = false)
    {
        if (Find(text) is not { } deep)
        {
            return true;
        }

        bag.Error(
            new SourceLocation(display, line + deep.Line, (deep.Line == 0 || isIndented ? column : 1) + deep.Column),
            $"Markdown {deep.What} nested more than {MaxDepth} levels",
            deep.What == "emphasis" ? "look for a runaway run of *, _ or ~ that is never closed" : "pages need a few levels; look for a runaway run of > or list markers");
        return false;
    }

    private static bool IsFence(string text) =>
        text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal);

    /// <summary>Where a line's text starts after its block-quote and list markers, and where the limit is passed if it is.</summary>
    private static int Containers(string content, out int? deepAt)
    {
        deepAt = null;
        var depth = 0;
        var i = 0;
        while (i < content.Length)
        {
            var spaces = 0;
            while (i < content.Length && content[i] is ' ' or '\t')
            {
                spaces += content[i] == '\t' ? 4 : 1;
                i++;
            }

            var marker = MarkerLength(content, i);
            if (marker == 0)
            {
                break;
            }

            depth += 1 + (content[i] == '>' ? 0 : spaces / 2);
            if (depth > MaxDepth)
            {
                deepAt = i;
                return i;
            }

            i += marker;
        }

        return i;
    }

    /// <summary>The length of a block-quote or list marker at <paramref name="i"/> (with the space after it), or 0.</summary>
    private static int MarkerLength(string content, int i)
    {
        if (i >= content.Length)
        {
            return 0;
        }

        if (content[i] == '>')
        {
            return 1;
        }

        var after = i;
        if (content[i] is '-' or '+' or '*')
        {
            after = i + 1;
        }
        else
        {
            while (after < content.Length && after - i < 9 && char.IsAsciiDigit(content[after]))
            {
                after++;
            }

            if (after == i || after >= content.Length || content[after] is not ('.' or ')'))
            {
                return 0;
            }

            after++;
        }

        return after == content.Length ? after - i : content[after] is ' ' or '\t' ? after - i + 1 : 0;
    }
}
