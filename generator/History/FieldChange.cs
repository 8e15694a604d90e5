namespace Hubwatch.History;

/// <summary>
/// One change to one field of a record (<see cref="Field"/> is the content file's field name, such as <c>amount</c>);
/// <see cref="Line"/> names the line of a field of several lines that changed (a breakdown's year or label).
/// </summary>
public sealed record FieldChange(string Field, FieldChangeKind Kind, ChangeValue? Before = null, ChangeValue? After = null, ChangeValue? Line = null);
