using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hubwatch.Loading;

/// <summary>A document's parsing events, read once by <see cref="YamlFeatureCheck"/>, given again to YamlDotNet's loader in order.</summary>
internal sealed class RecordedEvents(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
