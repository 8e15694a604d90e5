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
public sealed class WrittenText
{
    private readonly string _path;
    private readonly string _file;
    private readonly int _start;
    private readonly int _end;
    private readonly int _line;
    private readonly int _column;
    private readonly bool _isBlock;
    private readonly bool _isQuoted;

    public WrittenText(string path, string file, int start, int end, int line, int column, bool isBlock, bool isQuoted)
    {
        _path = path;
        _file = file;
        _start = start;
        _end = end;
        _line = line;
        _column = column;
        _isBlock = isBlock;
        _isQuoted = isQuoted;
    }

    public SourceLocation Start => new(_path, _line, _column);

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

            while (at < _end && _file[at] != c)
            {
                at++;
            }

            if (at >= _end)
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
        if (_isBlock)
        {
            // Past the header _line (| or >, with its chomping and indentation indicators).
            var lineEnd = _file.IndexOf('\n', _start, Math.Max(0, _end - _start));
            return lineEnd < 0 ? _start : lineEnd + 1;
        }

        return _isQuoted ? _start + 1 : _start;
    }

    private SourceLocation PositionOf(int index)
    {
        var currentLine = _line;
        var lineStart = -1;
        for (var i = _start; i < index; i++)
        {
            if (_file[i] == '\n')
            {
                currentLine++;
                lineStart = i;
            }
        }

        var currentColumn = lineStart < 0 ? _column + (index - _start) : index - lineStart;
        return new SourceLocation(_path, currentLine, currentColumn);
    }
}
