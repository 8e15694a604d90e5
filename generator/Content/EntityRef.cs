using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A reference to a record of kind <typeparamref name="TRecord"/> (a partner also by alias or Korean name), with where it was written.</summary>
public sealed record EntityRef<TRecord>(Id<TRecord> Id, SourceLocation Where)
    where TRecord : class;
