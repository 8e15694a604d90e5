using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Hubwatch.Content;

/// <summary>What a hub is at: planned, designated, selected as a site, or operating.</summary>
public enum HubStatus { Planned, Designated, Selected, Operating }

/// <summary>Which level of government runs a program.</summary>
public enum ProgramScope { National, Provincial, Municipal }

/// <summary>The kind of an organisation, in the order the partners page groups them.</summary>
public enum PartnerType
{
    Ministry, GovernmentCommittee, ProvincialGovernment, LocalGovernment, LocalCouncil, LocalGovernmentAgency,
    PublicInstitution, University, Hospital, Company, ForeignCompany, Bank,
    ForeignGovernment, InternationalOrganisation, BusinessAssociation,
}

/// <summary>The kind of an agreement or event.</summary>
public enum AgreementKind { Mou, InvestmentAgreement, Opening, Selection, Designation, Announcement, Event }

/// <summary>
/// What an organisation was at an agreement or event: a party to it (who signed, hosted, was selected or opened), or
/// a guest whose people attended and of which the source reports no undertaking.
/// </summary>
public enum PartyRole { Party, Guest }

/// <summary>Whose money a figure is, as the source states it.</summary>
public enum FunderKind { National, Provincial, Municipal, Private, Foreign, Unspecified }

/// <summary>The stage a figure is at: announced, planned, committed, spent, or not stated.</summary>
public enum FundingStatus { Announced, Planned, Committed, Executed, Unstated }

/// <summary>
/// What of a funding figure an editors' reading decides, so that a total can say how much of it rests on readings:
/// the hub it is linked to, its kind of funder, its named funder, or its stage.
/// </summary>
public enum FundingReading { Hub, FunderKind, Funder, Stage, Breakdown }

/// <summary>The side a funder kind falls on: public money, private or foreign money, or no stated funder.</summary>
public enum FunderSector { Public, Private, Unspecified }

/// <summary>What a source document is.</summary>
public enum SeedKind { News, PressRelease, Plan }

/// <summary>
/// The content model's closed vocabularies: each value is written in the content and the data as its code, the
/// kebab-case of its name (<c>PartnerType.ProvincialGovernment</c> is <c>provincial-government</c>), and listed in
/// the order the enum declares.
/// </summary>
public static class Vocabulary
{
    /// <summary>The code a value is written as in content, data and interface-text keys.</summary>
    public static string Code<T>(this T value)
        where T : struct, Enum => Codes<T>.All[Unsafe.As<T, int>(ref value)];

    /// <summary>The value written as <paramref name="code"/>, if it is one.</summary>
    public static bool TryParse<T>(string code, out T value)
        where T : struct, Enum => Codes<T>.ByCode.TryGetValue(code, out value);

    /// <summary>Every code of <typeparamref name="T"/>, in the enum's order.</summary>
    public static ImmutableArray<string> CodesOf<T>()
        where T : struct, Enum => Codes<T>.All;

    /// <summary>Every value of <typeparamref name="T"/>, in the enum's order.</summary>
    public static ImmutableArray<T> ValuesOf<T>()
        where T : struct, Enum => Codes<T>.Values;

    /// <summary>Public money (national, provincial, municipal), private or foreign money, or no stated funder.</summary>
    public static FunderSector Sector(this FunderKind kind) => kind switch
    {
        FunderKind.National or FunderKind.Provincial or FunderKind.Municipal => FunderSector.Public,
        FunderKind.Private or FunderKind.Foreign => FunderSector.Private,
        _ => FunderSector.Unspecified,
    };

    private static string Kebab(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }

    /// <summary>The codes of one vocabulary, worked out once from the enum's names.</summary>
    private static class Codes<T>
        where T : struct, Enum
    {
        public static readonly ImmutableArray<T> Values = [.. Enum.GetValues<T>().OrderBy(v => Unsafe.As<T, int>(ref v))];

        public static readonly ImmutableArray<string> All = [.. Values.Select(v => Kebab(v.ToString()))];

        public static readonly FrozenDictionary<string, T> ByCode = Values.ToFrozenDictionary(v => All[Unsafe.As<T, int>(ref v)], StringComparer.Ordinal);
    }
}
