namespace Hubwatch.History;

/// <summary>How a changed value is shown: as money, a date, a linked record's name, a vocabulary label or text.</summary>
public enum ValueKind
{
    /// <summary>Shown as it is written.</summary>
    Plain,

    /// <summary>Whole won, shown as each language reads money.</summary>
    Money,

    /// <summary>An ISO date at its own precision.</summary>
    Date,

    /// <summary>A partner id or alias, shown as the partner's name.</summary>
    Partner,

    /// <summary>A hub id, shown as the hub's name.</summary>
    Hub,

    /// <summary>A program id, shown as the program's name.</summary>
    Program,

    /// <summary>A funding id, shown as the figure's title.</summary>
    Funding,

    /// <summary>A vocabulary value, shown with its interface-text label (<see cref="ChangeValue.Vocabulary"/> names the list).</summary>
    Vocabulary,

    /// <summary>A text in both languages.</summary>
    Text,
}
