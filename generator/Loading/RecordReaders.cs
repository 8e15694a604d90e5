using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>One reader per record kind: YAML mapping in, record out (or null after reporting why).</summary>
internal static class RecordReaders
{
    private static readonly LocalizedText Empty = LocalizedText.Same("");

    public static SiteConfig? Site(YamlMap m)
    {
        var site = new SiteConfig(
            m.Localized("title") ?? Empty,
            m.Localized("tagline") ?? Empty,
            m.String("base_path", required: false),
            NullIfBlank(m.String("domain", required: false)),
            m.Url("url") ?? "",
            m.Localized("licence") ?? Empty,
            m.Localized("intro") ?? Empty,
            m.Where) { Repository = m.Url("repository", required: false) ?? "" };
        m.ReportUnknownKeys();
        return site;
    }

    public static Seed? Seed(YamlMap m, string id, string text)
    {
        var seed = new Seed(
            Id<Seed>(m, id),
            m.Localized("publisher") ?? Empty,
            m.Localized("title") ?? Empty,
            m.Date("published", required: false),
            m.Localized("date_note", required: false),
            m.Choice<SeedKind>("kind"),
            m.Url("url", required: false),
            text,
            m.Where) { DatesDisagree = m.Bool("dates_disagree"), Translations = Translations(m) };
        m.ReportUnknownKeys();
        return seed;
    }

    /// <summary>A seed's <c>translations</c>: each the Korean of a cited passage and the editors' English for it.</summary>
    private static ImmutableArray<PassageTranslation> Translations(YamlMap m)
    {
        var builder = ImmutableArray.CreateBuilder<PassageTranslation>();
        foreach (var item in m.Maps("translations"))
        {
            var korean = item.String("ko");
            var english = item.String("en");
            item.ReportUnknownKeys();
            if (korean is null || english is null)
            {
                continue; // a missing field is reported by String
            }

            if (string.IsNullOrWhiteSpace(korean) || string.IsNullOrWhiteSpace(english))
            {
                item.Error("a translation needs both the passage and its English", string.IsNullOrWhiteSpace(korean) ? "ko" : "en",
                    "ko: the quote as a record cites it, word for word; en: the editors' English for it");
                continue;
            }

            builder.Add(new PassageTranslation(SeedText.Normalize(korean), english.Trim(), item.WhereOf("ko")));
        }

        return builder.ToImmutable();
    }

    public static Hub? Hub(YamlMap m, string fileId)
    {
        var isPending = m.ReadUntranslated();
        Coordinates? coordinates = null;
        if (m.Map("coordinates", required: false) is { } c)
        {
            var lat = c.Number("lat");
            var lon = c.Number("lon");
            c.ReportUnknownKeys();
            coordinates = lat is null || lon is null ? null : new Coordinates(lat.Value, lon.Value);
            if (coordinates is { IsOnTheMap: false })
            {
                // A hub off the map would vanish from it; a swapped pair is the usual slip.
                var swapped = new Coordinates(coordinates.Longitude, coordinates.Latitude) is { IsOnTheMap: true };
                c.Error(
                    string.Create(CultureInfo.InvariantCulture, $"coordinates {lat}, {lon} are outside the map, which shows {Coordinates.South}–{Coordinates.North}° N and {Coordinates.West}–{Coordinates.East}° E"),
                    coordinates.Latitude is < Coordinates.South or > Coordinates.North ? "lat" : "lon",
                    swapped ? "lat and lon look swapped: lat is the smaller number, about 33–38.7 in Korea" : "give the hub's latitude (north) as lat and longitude (east) as lon, in decimal degrees");
                coordinates = null;
            }
        }

        var hub = new Hub(
            Id<Hub>(m, fileId),
            m.Localized("name") ?? Empty,
            m.Localized("region") ?? Empty,
            m.Localized("province") ?? Empty,
            coordinates,
            m.Date("designated", required: false),
            m.Localized("area", required: false),
            m.Choice<HubStatus>("status"),
            m.Refs<HubProgram>("programs"),
            m.Localized("summary") ?? Empty,
            [.. m.Maps("key_figures").Select(KeyFigure)],
            m.Markdown("body") ?? Empty,
            m.Localized("note", required: false),
            m.Citations(),
            m.Where) { IsTranslationPending = isPending, Inferences = Inferences(m), DesignatedWhere = m.WhereOf("designated") };
        ReportUnusedMarker(m, isPending);
        m.ReportUnknownKeys();
        return hub;
    }

    public static HubProgram? Program(YamlMap m, string fileId)
    {
        var isPending = m.ReadUntranslated();
        var program = new HubProgram(
            Id<HubProgram>(m, fileId),
            m.Localized("name") ?? Empty,
            m.Choice<ProgramScope>("scope"),
            m.Ref<Partner>("owner", required: false),
            m.Localized("summary") ?? Empty,
            m.Markdown("body", required: false) ?? Empty,
            m.Citations(),
            m.Bool("editorial"),
            m.Where) { IsTranslationPending = isPending, Inferences = Inferences(m) };
        ReportUnusedMarker(m, isPending);
        m.ReportUnknownKeys();
        return program;
    }

    public static Partner? Partner(YamlMap m, string fileId)
    {
        var isPending = m.ReadUntranslated();
        var aliases = m.PlacedStrings("aliases");
        var partner = new Partner(
            Id<Partner>(m, fileId),
            m.Localized("name") ?? Empty,
            m.Choice<PartnerType>("type"),
            [.. aliases.Select(a => a.Text)],
            m.Localized("summary", required: false),
            m.Citations(),
            m.Bool("editorial"),
            m.Where) { IsTranslationPending = isPending, Inferences = Inferences(m), AliasesWhere = [.. aliases.Select(a => a.Where)] };
        ReportUnusedMarker(m, isPending);
        m.ReportUnknownKeys();
        return partner;
    }

    public static Agreement? Agreement(YamlMap m, string fileId)
    {
        var id = Id<Agreement>(m, fileId);
        var title = m.Localized("title") ?? Empty;
        var kind = m.Choice<AgreementKind>("kind");
        var date = m.Date("date");
        var agreement = new Agreement(
            id,
            title,
            kind,
            date ?? new PartialDate(1900, null, null),
            m.Localized("date_note", required: false),
            m.Ref<Hub>("hub") ?? new EntityRef<Hub>(new Id<Hub>(""), m.Where),
            m.Ref<HubProgram>("program", required: false),
            [.. m.Maps("parties", required: true).Select(Party).OfType<Party>()],
            m.Localized("summary") ?? Empty,
            m.Localized("note", required: false),
            m.Citations(),
            m.Where) { Inferences = Inferences(m), DateWhere = m.WhereOf("date"), IsDateUnreadable = date is null };
        m.ReportUnknownKeys();
        // An agreement whose date is missing or impossible is kept (dated 1900, which no check reads), so that its other
        // problems show in the same run; the error said above fails the build.
        return agreement;
    }

    public static Funding? Funding(YamlMap m, string fileId)
    {
        var id = Id<Funding>(m, fileId);
        var (amount, written) = Amount(m, "amount");
        ImmutableArray<EntityRef<Hub>> hubs = m.Has("hubs") ? m.Refs<Hub>("hubs") : m.Has("hub") && m.Ref<Hub>("hub") is { } one ? [one] : [];
        if (m.Has("hub") && m.Has("hubs"))
        {
            m.Error("give either 'hub' or 'hubs', not both", "hubs");
        }
        else if (!m.Has("hub") && hubs.Length == 0)
        {
            // An empty 'hub' has been reported where it is written.
            m.Error("missing required field 'hub'", hint: "name the recipient hub, or list several under 'hubs'");
        }

        ImmutableArray<EntityRef<Partner>> funders = m.Has("funders") ? m.Refs<Partner>("funders") : m.Ref<Partner>("funder", required: false) is { } lead ? [lead] : [];
        if (m.Has("funder") && m.Has("funders"))
        {
            m.Error("give either 'funder' or 'funders', not both", "funders");
        }

        Period? period = null;
        (SourceLocation?, SourceLocation?) periodWhere = default;
        if (m.Map("period", required: false) is { } p)
        {
            period = new Period(p.Int("from", required: false), p.Int("to", required: false));
            periodWhere = (p.WhereOf("from"), p.WhereOf("to"));
            p.ReportUnknownKeys();
        }

        var breakdown = m.Maps("breakdown").Select(BreakdownItem).ToArray();
        var funding = new Funding(
            id,
            m.Localized("title") ?? Empty,
            amount ?? default,
            written ?? "",
            m.Choice<FunderKind>("funder_kind"),
            funders.IsEmpty ? null : funders[0],
            hubs,
            m.Ref<HubProgram>("program", required: false),
            period,
            m.Localized("purpose") ?? Empty,
            m.Choice<FundingStatus>("status"),
            m.Ref<Funding>("part_of", required: false),
            [.. breakdown.OfType<BreakdownItem>()],
            m.Localized("note", required: false),
            m.Citations(),
            m.Where)
        {
            CoFunders = funders.IsEmpty ? [] : funders.RemoveAt(0),
            HasUnnamedFunders = m.Bool("unnamed_funders"),
            MayBePerSite = m.Bool("may_be_per_site"),
            SharedWith = m.Refs<Partner>("shared_with"),
            Inferences = Inferences(m, readsFunding: true),
            AmountWhere = m.WhereOf("amount"),
            PeriodWhere = periodWhere,
            HasUnreadableAmounts = amount is null || breakdown.Contains(null),
        };
        if (funding.MayBePerSite && funding.Hubs.Length < 2)
        {
            m.Error("may_be_per_site is true, but the figure has one hub: only an amount of several hubs can be each one's", "may_be_per_site", "list its hubs, or remove may_be_per_site");
        }

        m.ReportUnknownKeys();
        // A figure whose amount is missing or unreadable is kept, so that its other problems show in the same run; the
        // error said above fails the build.
        return funding;
    }

    /// <summary>
    /// The editors' inferences: <c>inference: [{ text, reasoning, declares, sources }]</c>, and on a funding figure
    /// <c>reads</c>, what of the figure each decides (elsewhere <c>reads</c> is an unknown key).
    /// </summary>
    private static ImmutableArray<Inference> Inferences(YamlMap m, bool readsFunding = false)
    {
        var builder = ImmutableArray.CreateBuilder<Inference>();
        foreach (var item in m.Maps("inference"))
        {
            var text = item.Localized("text");
            var reasoning = item.Localized("reasoning");
            var declares = item.PlacedStrings("declares");
            var sources = item.Citations();
            var reads = readsFunding ? item.Choices<FundingReading>("reads") : [];
            item.ReportUnknownKeys();
            if (text is not null && reasoning is not null)
            {
                builder.Add(new Inference(text, reasoning, [.. declares.Select(d => d.Text)], sources, item.Where) { DeclaredAt = [.. declares.Select(d => d.Where)], Reads = reads });
            }
        }

        return builder.ToImmutable();
    }

    private static KeyFigure KeyFigure(YamlMap m)
    {
        var figure = new KeyFigure(
            m.Localized("label") ?? Empty,
            m.Localized("value") ?? Empty,
            m.Citations(),
            m.Bool("editorial"),
            m.Where);
        m.ReportUnknownKeys();
        return figure;
    }

    private static Party? Party(YamlMap m)
    {
        var partner = m.Ref<Partner>("partner");
        var party = partner is null
            ? null
            : new Party(partner, m.Localized("undertakes", required: false), m.Citations(), m.Bool("editorial"), m.Where) { Role = m.Choice("role", PartyRole.Party) };
        m.ReportUnknownKeys();
        return party;
    }

    private static BreakdownItem? BreakdownItem(YamlMap m)
    {
        var year = m.Int("year", required: false);
        var label = m.Localized("label", required: false);
        var (amount, written) = Amount(m, "amount");
        var read = m.Bool("read");
        m.ReportUnknownKeys();
        if (year is null && label is null)
        {
            // Reported here rather than in validation because the item cannot be shown without one of them.
            return Report(m, "a breakdown item needs a 'year' or a 'label'");
        }

        return amount is null ? null : new BreakdownItem(year, label, amount.Value, written!, m.Where) { AmountWhere = m.WhereOf("amount"), YearWhere = m.WhereOf("year"), IsRead = read };
    }

    private static BreakdownItem? Report(YamlMap m, string message)
    {
        m.Error(message);
        return null;
    }

    private static (Krw? Amount, string? Written) Amount(YamlMap m, string key)
    {
        var written = m.String(key);
        if (written is null)
        {
            return (null, null);
        }

        if (Krw.TryParse(written, out var amount, out var error))
        {
            return (amount, written);
        }

        m.Error(error!, key, "write " + Krw.AcceptedForms);
        return (null, written);
    }

    private static Id<T> Id<T>(YamlMap m, string fileId)
        where T : class
    {
        var id = m.String("id");
        if (id is not null && id != fileId)
        {
            // Suggest only what would be a valid id (seed ids may use '_' too).
            static bool Valid(string text) => Slug.IsValid(text.Replace('_', '-'));
            var hint = (Valid(id), Valid(fileId)) switch
            {
                // A copied file keeps the id of the file it was copied from: renaming would overwrite that one.
                (true, true) => $"set id: {fileId}, or rename the file to {id}.yaml if no other file has that name",
                (true, false) => $"rename the file to {id}.yaml",
                (false, true) => $"set id: {fileId}",
                _ => "name the file with a-z, 0-9 and '-' only, and give id the same name",
            };
            m.Error($"id '{id}' does not match the file name '{fileId}'", "id", hint);
        }

        // The file name is the id (pages are written under it): a mistyped id says so above, and references that name
        // the file are not sent to the typo.
        return new Id<T>(m.Share(fileId));
    }

    /// <summary>A record marked untranslated that has every English text should lose the mark, or English readers are told a falsehood.</summary>
    private static void ReportUnusedMarker(YamlMap m, bool isPending)
    {
        if (isPending && !m.UsedFallback)
        {
            m.Warning("marked untranslated: true, but every text has an English version", "untranslated", "remove the untranslated line");
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
