namespace Hubwatch.Diagnostics;

/// <summary>
/// Where a YAML scalar is written in its file, so a checker can point at one word inside a text rather than at
/// the field: <see cref="Locate"/> maps a character of the scalar's value to its line and column.
/// </summary>
/// <remarks>
/// A value differs from what is written (folded lines, indentation, quotes, <c>''</c> and <c>\"</c> escapes), but
/// every character that is not white space is written in the same order, so the two are walked side by side.
/// Holds the file's text, which the loader has read anyway; nothing is copied.
/// </remarks>
public sealed class WrittenText(string path, string file, int start, int end, int line, int column, bool isBlock, bool isQuoted)
{
    public SourceLocation Start => new(path, line, column);

    /// <summary>Where the character at <paramref name="offset"/> of <paramref name="value"/> (the scalar's value) is written.</summary>
    public SourceLocation Locate(string value, int offset)
    {
        var at = ContentStart();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            while (at < end && file[at] != c)
            {
                at++;
            }

            if (at >= end)
            {
                return Start; // an escape the walk cannot follow (\u…): the field itself is the best place left
            }

            if (i >= offset)
            {
                return PositionOf(at);
            }

            at++;
        }

        return Start;
    }

    private int ContentStart()
    {
        if (isBlock)
        {
            // Past the header line (| or >, with its chomping and indentation indicators).
            var lineEnd = file.IndexOf('\n', start, Math.Max(0, end - start));
            return lineEnd < 0 ? start : lineEnd + 1;
        }

        return isQuoted ? start + 1 : start;
    }

    private SourceLocation PositionOf(int index)
    {
        var currentLine = line;
        var lineStart = -1;
        for (var i = start; i < index; i++)
        {
            if (file[i] == '\n')
            {
                currentLine++;
                lineStart = i;
            }
        }

        var currentColumn = lineStart < 0 ? column + (index - start) : index - lineStart;
        return new SourceLocation(path, currentLine, currentColumn);
    }
}
