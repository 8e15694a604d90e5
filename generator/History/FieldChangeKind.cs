namespace Hubwatch.History;

/// <summary>What happened to a record, or to one of its fields, in a commit.</summary>
public enum FieldChangeKind
{
    /// <summary>The record was published for the first time ("새로 등록").</summary>
    Created,

    /// <summary>The record was taken down.</summary>
    Deleted,

    /// <summary>A value changed from one to another ("금액 150억원 → 160억원").</summary>
    Changed,

    /// <summary>An item was added to a list ("당사자 추가: 전북대학교", "출처 인용 추가").</summary>
    Added,

    /// <summary>An item was removed from a list.</summary>
    Removed,

    /// <summary>A text was rewritten; too long to show before and after.</summary>
    Edited,
}
