namespace Hubwatch.History;

/// <summary>Whether a build reads the git history, and whether it shows edits not yet committed.</summary>
public enum HistoryUse
{
    /// <summary>No history: <c>check</c>, which writes nothing.</summary>
    None,

    /// <summary>The history of the commit checked out: <c>build</c>. Uncommitted edits are only counted in the warning.</summary>
    Committed,

    /// <summary>As <see cref="Committed"/>, and files with uncommitted edits are marked: <c>serve</c>.</summary>
    WithEditing,
}
