namespace Hubwatch.History;

/// <summary>Whether a build reads the git history, and whether it shows edits not yet committed.</summary>
public enum HistoryUse
{
    /// <summary>No history: a build in memory that needs no dates.</summary>
    None,

    /// <summary>
    /// The history as <c>build</c> reads it, without the warning when it is incomplete: <c>check</c>, which renders
    /// every page a build writes (the history's later pages among them) and writes none.
    /// </summary>
    Checked,

    /// <summary>The history of the commit checked out: <c>build</c>. Uncommitted edits are only counted in the warning.</summary>
    Committed,

    /// <summary>As <see cref="Committed"/>, and files with uncommitted edits are marked: <c>serve</c>.</summary>
    WithEditing,
}
