using System.Globalization;

namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Generates a corpus from a seed number and a size N: N funding figures, N/5 partners, about √N hubs, √N/3
/// programs, an agreement for every <paramref name="figuresPerAgreement"/> figures (N/4 by default) and a seed
/// document for every <paramref name="figuresPerSeed"/> figures of a hub (ten by default). Every record cites
/// sentences that the generator writes into its seed documents, so every quote is found and every highlight is real.
/// </summary>
/// <remarks>
/// Hubs grow with √N rather than N so that the work per page stays bounded: each hub page draws every hub on
/// the map, and with √N hubs of √N figures each the whole site stays linear in N, as a national portal would.
/// </remarks>
public sealed class CorpusBuilder(int seed, int size, int figuresPerAgreement = 4, int figuresPerSeed = 10)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (string Ko, string En, string Slug)[] ProgramKinds =
    [
        ("산업 육성 사업", "Industry Development Programme", "development"),
        ("실증 사업", "Demonstration Programme", "demonstration"),
        ("인재 양성 사업", "Talent Programme", "talent"),
        ("거점 조성 사업", "Hub Building Programme", "hub-building"),
        ("기업 지원 사업", "Business Support Programme", "business-support"),
    ];

    private static readonly (string Kind, double Weight)[] AgreementKinds =
    [
        ("mou", 0.48), ("investment-agreement", 0.16), ("opening", 0.08), ("selection", 0.1),
        ("designation", 0.05), ("announcement", 0.08), ("event", 0.05),
    ];

    private static readonly (string Status, double Weight)[] FundingStatuses =
        [("announced", 0.2), ("planned", 0.4), ("committed", 0.25), ("executed", 0.15)];

    private static readonly (string Kind, double Weight)[] FunderKinds =
        [("national", 0.4), ("provincial", 0.18), ("municipal", 0.15), ("private", 0.15), ("foreign", 0.04), ("unspecified", 0.08)];

    private static readonly (string Ko, string En)[] Activities =
    [
        ("기업 유치", "attracting companies"), ("연구개발 지원", "research and development support"),
        ("장비 도입", "buying equipment"), ("전문 인력 양성", "training specialists"), ("실증 사업 운영", "running trials"),
        ("창업 기업 육성", "growing start-ups"), ("기반시설 조성", "basic infrastructure"), ("시험 인증 지원", "testing and certification"),
    ];

    private static readonly (string Ko, string En)[] FundingNotes =
    [
        ("원문은 재원 구분 없이 사업비만 적는다.", "The source gives the budget without saying how it is split between funders."),
        ("기간은 원문의 '향후 몇 년간'을 발표 연도부터 센 것이다.", "The period counts the source's \"over the next few years\" from the year of the announcement."),
        ("원문 표의 합계 행을 옮겼다.", "Taken from the total row of the source's table."),
        ("금액은 발표 당시 계획이며 이후 변경 여부는 원문에 나오지 않는다.", "The amount is the plan at the time of the announcement; the source does not say whether it changed later."),
    ];

    private readonly Rng _rng = new(((ulong)(uint)seed << 32) ^ (ulong)(uint)size ^ 0x4855425741544348UL);
    private readonly List<SeedDoc> _seeds = [];
    private readonly Dictionary<SeedDoc, List<DateOnly>> _seedDates = [];
    private readonly Dictionary<HubRecord, SeedDoc> _currentSeed = [];
    private readonly Dictionary<SeedDoc, int> _seedFigures = [];
    private readonly Dictionary<PartnerRecord, SeedDoc> _homeSeed = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartnerRecord> _provinceGovernments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartnerRecord> _localGovernments = new(StringComparer.Ordinal);
    private readonly List<PartnerRecord> _ministries = [];

    public Corpus Build()
    {
        if (size < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "the corpus needs at least 10 funding figures");
        }

        var hubCount = Math.Min(Math.Max(6, (int)Math.Round(Math.Sqrt(size))), Words.Places.Length * Words.HubKinds.Length / 2);
        var programCount = Math.Max(4, (int)Math.Round(Math.Sqrt(size) / 3));
        var hubs = MakeHubs(hubCount);
        var partners = MakePartners(hubs, Math.Max(size / 5, 20));
        var programs = MakePrograms(programCount, hubs);
        var funding = MakeFunding(hubs, partners);
        var agreements = MakeAgreements(hubs, partners, Math.Max(hubCount, size / figuresPerAgreement));
        DescribeHubs(hubs);
        DescribePrograms(programs, hubs);
        DescribePartners(partners);
        foreach (var doc in _seeds)
        {
            FinishSeed(doc);
        }

        return new Corpus(seed, size, hubs, programs, partners, agreements, funding, _seeds);
    }

    private List<HubRecord> MakeHubs(int count)
    {
        var hubs = new List<HubRecord>();
        var taken = new HashSet<(Place, HubKind)>();
        while (hubs.Count < count)
        {
            var place = _rng.Pick(Words.Places);
            var kind = _rng.Pick(Words.HubKinds);
            if (!taken.Add((place, kind)))
            {
                continue;
            }

            var theme = _rng.Pick(Words.Themes);
            var id = kind.IsThemed ? $"{place.Slug}-{theme.Slug}-{kind.Slug}" : $"{place.Slug}-{kind.Slug}";
            var hub = new HubRecord(id, place, kind, theme)
            {
                Name = kind.IsThemed
                    ? new Text($"{place.Ko} {theme.Ko} {kind.Ko}", $"{place.En} {Capital(theme.En)} {kind.En}")
                    : new Text($"{place.Ko} {kind.Ko}", $"{place.En} {kind.En}"),
                Lat = Math.Round(place.Lat + (_rng.NextDouble() - 0.5) * 0.12, 3),
                Lon = Math.Round(place.Lon + (_rng.NextDouble() - 0.5) * 0.12, 3),
                Status = _rng.Pick(["planned", "designated", "selected", "operating"]),
                Weight = 0.4 + _rng.NextDouble() * 1.6,
            };
            hubs.Add(hub);
        }

        return hubs;
    }

    private List<PartnerRecord> MakePartners(List<HubRecord> hubs, int count)
    {
        var factory = new PartnerFactory(_rng);
        var partners = new List<PartnerRecord>();
        foreach (var ministry in Words.Ministries)
        {
            var partner = factory.Ministry(ministry);
            _ministries.Add(partner);
            partners.Add(partner);
        }

        foreach (var province in Words.Provinces.Where(p => hubs.Any(h => h.Place.ProvinceSlug == p.Slug)))
        {
            var partner = factory.Province(province);
            _provinceGovernments[province.Slug] = partner;
            partners.Add(partner);
        }

        foreach (var place in hubs.Select(h => h.Place).Distinct().Where(p => p.Kind != PlaceKind.Metro).OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var partner = factory.LocalGovernment(place);
            _localGovernments[place.Slug] = partner;
            partners.Add(partner);
        }

        var places = hubs.Select(h => h.Place).Distinct().ToArray();
        while (partners.Count < count && factory.Next(_rng.Chance(0.7) ? places : Words.Places) is { } partner)
        {
            partners.Add(partner);
        }

        return partners;
    }

    private List<ProgramRecord> MakePrograms(int count, List<HubRecord> hubs)
    {
        var programs = new List<ProgramRecord>();
        var taken = new HashSet<(Theme, int)>();
        while (programs.Count < count && taken.Count < Words.Themes.Length * ProgramKinds.Length)
        {
            var theme = _rng.Pick(Words.Themes);
            var kindIndex = _rng.Next(0, ProgramKinds.Length);
            if (!taken.Add((theme, kindIndex)))
            {
                continue;
            }

            var kind = ProgramKinds[kindIndex];
            var scope = _rng.Chance(0.6) ? "national" : _rng.Chance(0.6) ? "provincial" : "municipal";
            var anyHub = _rng.Pick(hubs);
            var owner = scope switch
            {
                "national" => _rng.Pick(_ministries),
                "provincial" => _provinceGovernments[anyHub.Place.ProvinceSlug],
                _ => LocalGovernment(anyHub),
            };
            var name = scope == "national"
                ? new Text($"{theme.Ko} {kind.Ko}", $"{TitleCase(theme.En)} {kind.En}")
                : new Text($"{owner.Name.Ko} {theme.Ko} {kind.Ko}", $"{owner.Name.En} {TitleCase(theme.En)} {kind.En}");
            programs.Add(new ProgramRecord(Unique($"{(scope == "national" ? "" : owner.Id + "-")}{theme.Slug}-{kind.Slug}"), theme)
            {
                Name = name,
                Scope = scope,
                Owner = owner,
            });
        }

        // Every program has at least one hub; each hub takes part in one to four.
        foreach (var program in programs)
        {
            _rng.Pick(hubs).Programs.Add(program);
        }

        foreach (var hub in hubs)
        {
            var wanted = _rng.Next(1, 5);
            for (var attempt = 0; hub.Programs.Count < wanted && attempt < 10; attempt++)
            {
                var candidate = programs.FirstOrDefault(p => p.Theme == hub.Theme && !hub.Programs.Contains(p)) is { } themed && _rng.Chance(0.5)
                    ? themed
                    : _rng.Pick(programs);
                if (!hub.Programs.Contains(candidate))
                {
                    hub.Programs.Add(candidate);
                }
            }
        }

        return programs;
    }

    private List<FundingRecord> MakeFunding(List<HubRecord> hubs, List<PartnerRecord> partners)
    {
        var funding = new List<FundingRecord>();
        var weights = hubs.Select(h => h.Weight).ToArray();
        var totalWeight = weights.Sum();
        var companies = partners.Where(p => p.Type is "company" or "bank").ToArray();
        var foreign = partners.Where(p => p.Type == "foreign-company").ToArray();
        while (funding.Count < size)
        {
            var hub = hubs[_rng.PickWeighted(weights, totalWeight)];
            var doc = CurrentSeed(hub);
            var theme = _rng.Chance(0.6) ? hub.Theme : _rng.Pick(Words.Themes);
            var facility = _rng.Pick(Words.Facilities);
            var activity = _rng.Pick(Activities);
            // Log-uniform from 3천만원 to 5,000억원, and now and then a trillion-won plan, as announcements go.
            var units = _rng.Chance(0.01)
                ? 100_000L * _rng.Next(1, 4) + (_rng.Chance(0.5) ? 0 : 1000L * _rng.Next(1, 10))
                : Money.Round((long)Math.Exp(Math.Log(3) + _rng.NextDouble() * (Math.Log(50_000) - Math.Log(3))));
            var record = new FundingRecord(Unique($"{hub.Place.Slug}-{theme.Slug}-{facility.Slug}", always: true))
            {
                Units = units,
                Written = Money.Written(units, _rng.Next(0, 4)),
                Program = hub.Programs.Count > 0 && _rng.Chance(0.7) ? _rng.Pick(hub.Programs) : null,
                Purpose = new Text($"{theme.Ko} {facility.Ko} 구축과 {activity.Ko}", $"Building {Article(theme.En)} {theme.En} {facility.En} and {activity.En}"),
                Status = Weighted(FundingStatuses),
            };
            record.Hubs.Add(hub);
            SetPeriod(record);
            var project = new Text($"{hub.Place.Ko} {theme.Ko} {facility.Ko}", $"{hub.Place.En} {theme.En} {facility.En}");
            for (var stage = 2; !doc.Projects.Add(project.Ko); stage++)
            {
                // Two figures for one project in one document would read as one figure recorded twice.
                project = new Text($"{hub.Place.Ko} {theme.Ko} {facility.Ko} {stage}단계", $"{hub.Place.En} {theme.En} {facility.En}, phase {stage}");
            }

            var hasParts = units >= 100 && size - funding.Count >= 3 && _rng.Chance(0.12);
            var before = funding.Count;
            if (hasParts)
            {
                funding.Add(record);
                funding.AddRange(AddParts(record, hub, project, doc));
            }
            else
            {
                if (hubs.Count > 1 && _rng.Chance(0.04))
                {
                    var other = _rng.Pick(hubs);
                    if (other != hub)
                    {
                        record.Hubs.Add(other);
                    }
                }

                SetFunder(record, hub, companies, foreign);
                record.Sources.Add(doc.Say(doc.Money, MoneySentence(record, project)));
                if (_rng.Chance(0.25) && record is { From: { } from, To: { } to } && to > from && units >= 10 * (to - from + 2))
                {
                    AddBreakdown(record, project, from, to, doc);
                }

                funding.Add(record);
            }

            record.Title = Title(record, hub, theme, facility);
            if (_rng.Chance(0.15))
            {
                var note = _rng.Pick(FundingNotes);
                record.Note = new Text(note.Ko, note.En);
            }

            _seedFigures[doc] = _seedFigures.GetValueOrDefault(doc) + 1;
            hub.FundingCount += funding.Count - before;
        }

        return funding;
    }

    private IEnumerable<FundingRecord> AddParts(FundingRecord whole, HubRecord hub, Text project, SeedDoc doc)
    {
        whole.FunderKind = "unspecified";
        var national = Money.Round(whole.Units * (30 + _rng.Next(0, 30)) / 100);
        var regional = Money.Round(whole.Units * (10 + _rng.Next(0, 15)) / 100);
        var hasRegional = _rng.Chance(0.5) && regional != national && regional > 0;
        var nationalWritten = Money.Written(national, _rng.Next(0, 4));
        var regionalWritten = Money.Written(regional, _rng.Next(0, 4));
        // The sentence names who gives each share, as a source must for a part to have a funder of its own.
        var ministry = whole.Program?.Owner is { Type: "ministry" } owner ? owner : _rng.Pick(_ministries);
        var province = _provinceGovernments[hub.Place.ProvinceSlug];
        var shares = hasRegional
            ? $"{ministry.Name.Ko} 국비 {nationalWritten}, {province.Name.Ko} 지방비 {regionalWritten}"
            : $"{ministry.Name.Ko} 국비 {nationalWritten}";
        var quote = doc.Say(doc.Money, $"{project.Ko} 구축 사업에는 {PeriodKo(whole)}{shares} 등 총 {Josa.I(whole.Written)} 투입된다.");
        whole.Sources.Add(quote);
        whole.Note = new Text("국비와 지방비는 이 금액의 일부로 따로 기록했으며 합계에 두 번 넣지 않는다.", "The national and local shares are recorded separately as parts of this amount and never added to totals twice.");

        var parts = new List<FundingRecord> { Part(whole, "national", national, nationalWritten, "national", ministry, quote) };
        if (hasRegional)
        {
            parts.Add(Part(whole, "regional", regional, regionalWritten, "provincial", province, quote));
        }

        foreach (var part in parts)
        {
            var share = part.FunderKind == "national" ? new Text("국비", "national funds") : new Text("지방비", "local funds");
            part.Title = new Text($"{hub.Name.Ko} {project.Ko.Split(' ', 2)[1]} {share.Ko} ({part.Written})", $"{hub.Name.En}: {project.En.Split(' ', 2)[1]}, {share.En} ({Money.English(part.Units)})");
        }

        return parts;
    }

    private FundingRecord Part(FundingRecord whole, string suffix, long units, string written, string kind, PartnerRecord funder, Quote quote)
    {
        var part = new FundingRecord(Unique($"{whole.Id}-{suffix}"))
        {
            Units = units,
            Written = written,
            FunderKind = kind,
            Funder = funder,
            FunderReference = funder.Reference(_rng),
            Program = whole.Program,
            From = whole.From,
            To = whole.To,
            Purpose = whole.Purpose,
            Status = whole.Status,
            PartOf = whole,
        };
        part.Hubs.AddRange(whole.Hubs);
        part.Sources.Add(quote);
        return part;
    }

    private void SetPeriod(FundingRecord record)
    {
        var roll = _rng.NextDouble();
        if (roll < 0.12)
        {
            return;
        }

        record.From = 2018 + _rng.Next(0, 8);
        if (roll >= 0.17)
        {
            record.To = record.From + _rng.Next(0, 5);
        }
    }

    private void SetFunder(FundingRecord record, HubRecord hub, PartnerRecord[] companies, PartnerRecord[] foreign)
    {
        record.FunderKind = Weighted(FunderKinds);
        record.Funder = record.FunderKind switch
        {
            "national" => record.Program?.Owner is { Type: "ministry" } owner ? owner : _rng.Pick(_ministries),
            "provincial" => _provinceGovernments[hub.Place.ProvinceSlug],
            "municipal" => LocalGovernment(hub),
            "private" when companies.Length > 0 => _rng.Pick(companies),
            "foreign" when foreign.Length > 0 => _rng.Pick(foreign),
            _ => null,
        };
        if (record.Funder is null)
        {
            record.FunderKind = record.FunderKind is "private" or "foreign" ? "unspecified" : record.FunderKind;
        }

        record.FunderReference = record.Funder?.Reference(_rng);
    }

    private string MoneySentence(FundingRecord record, Text project)
    {
        var hubs = record.Hubs.Count > 1 ? $"{Josa.Gwa(record.Hubs[0].Name.Ko)} {record.Hubs[1].Name.Ko}의 " : "";
        var period = PeriodKo(record);
        if (record.Funder is { } funder)
        {
            var name = funder.Mention(_rng);
            _homeSeed.TryAdd(funder, _currentSeed[record.Hubs[0]]);
            return _rng.Next(0, 2) == 0
                ? $"{Josa.Eun(name)} {hubs}{project.Ko} 구축에 {period}{Josa.Eul(record.Written)} 투입한다."
                : $"{hubs}{project.Ko} 사업비 {record.Written} 가운데 {Josa.I(name)} {period}전액을 부담한다.";
        }

        return $"{hubs}{project.Ko} 구축 사업에는 {period}모두 {Josa.I(record.Written)} 들어간다.";
    }

    private void AddBreakdown(FundingRecord record, Text project, int from, int to, SeedDoc doc)
    {
        var years = Enumerable.Range(from, to - from + 1).ToArray();
        var hasEarlier = _rng.Chance(0.1);
        var amounts = Money.Split(record.Units, years.Length + (hasEarlier ? 1 : 0), _rng);
        var phrases = new List<string>();
        var index = 0;
        if (hasEarlier)
        {
            var written = Money.Written(amounts[index++], 1);
            record.Breakdown.Add(new BreakdownLine(null, new Text("기투자", "Already invested"), amounts[0], written));
            phrases.Add($"기투자 {written}");
        }

        foreach (var year in years)
        {
            var written = Money.Written(amounts[index++], 1);
            record.Breakdown.Add(new BreakdownLine(year, null, amounts[index - 1], written));
            phrases.Add($"{year}년 {written}");
        }

        record.Sources.Add(doc.Say(doc.Money, $"{project.Ko} 사업의 연도별 투자 계획은 {string.Join(", ", phrases)}이다."));
    }

    private Text Title(FundingRecord record, HubRecord hub, Theme theme, Facility facility)
    {
        var (ko, en) = record.FunderKind switch
        {
            "national" => ("국비", "national funds"),
            "provincial" => ("광역 지원금", "provincial funds"),
            "municipal" => ("시군 지원금", "municipal funds"),
            "private" => ("민간 투자", "private investment"),
            "foreign" => ("외국인 투자", "foreign investment"),
            _ => ("총사업비", "total budget"),
        };
        var where = record.Hubs.Count > 1 ? new Text($"{record.Hubs[0].Name.Ko}·{record.Hubs[1].Name.Ko}", $"{record.Hubs[0].Name.En} and {record.Hubs[1].Name.En}") : hub.Name;
        return new Text($"{where.Ko} {theme.Ko} {facility.Ko} {ko} ({record.Written})", $"{where.En}: {theme.En} {facility.En}, {en} ({Money.English(record.Units)})");
    }

    private List<AgreementRecord> MakeAgreements(List<HubRecord> hubs, List<PartnerRecord> partners, int count)
    {
        var agreements = new List<AgreementRecord>();
        var weights = hubs.Select(h => h.Weight).ToArray();
        var totalWeight = weights.Sum();
        var kindWeights = AgreementKinds.Select(k => k.Weight).ToArray();

        // Parties come from a shuffled deck, so every organisation takes part in something before any takes part twice.
        var deck = new List<PartnerRecord>();
        var next = 0;
        PartnerRecord Draw()
        {
            if (next >= deck.Count)
            {
                deck = [.. partners];
                _rng.Shuffle(deck);
                next = 0;
            }

            return deck[next++];
        }

        for (var i = 0; i < count; i++)
        {
            var hub = i < hubs.Count ? hubs[i] : hubs[_rng.PickWeighted(weights, totalWeight)];
            var doc = hub.Seeds.Count > 0 ? _rng.Pick(hub.Seeds) : CurrentSeed(hub);
            var kind = AgreementKinds[_rng.PickWeighted(kindWeights, kindWeights.Sum())].Kind;
            var theme = _rng.Chance(0.6) ? hub.Theme : _rng.Pick(Words.Themes);
            var facility = _rng.Pick(Words.Facilities);
            var date = new DateOnly(2018, 1, 1).AddDays(_rng.Next(0, 2737));
            var isPartial = _rng.Chance(0.08);
            var agreement = new AgreementRecord(Unique($"{hub.Place.Slug}-{theme.Slug}-{kind}-{date.Year}", always: true))
            {
                Kind = kind,
                Hub = hub,
                Date = isPartial ? date.ToString("yyyy-MM", Invariant) : date.ToString("yyyy-MM-dd", Invariant),
                DateNote = isPartial ? new Text("원문은 날짜 없이 달까지만 적는다.", "The source gives the month but not the day.") : null,
                Program = hub.Programs.Count > 0 && _rng.Chance(0.5) ? _rng.Pick(hub.Programs) : null,
            };
            Dates(doc).Add(isPartial ? date.AddMonths(1) : date);

            var parties = new List<PartnerRecord> { hub.Place.Kind == PlaceKind.Metro || _rng.Chance(0.4) ? _provinceGovernments[hub.Place.ProvinceSlug] : LocalGovernment(hub) };
            var wanted = 2 + (int)Math.Floor(Math.Pow(_rng.NextDouble(), 1.6) * 5);
            for (var attempt = 0; parties.Count < wanted && attempt < 20; attempt++)
            {
                var partner = Draw();
                if (!parties.Contains(partner))
                {
                    parties.Add(partner);
                }
            }

            var (titleKo, titleEn, verbKo) = kind switch
            {
                "mou" => ($"{hub.Name.Ko} {theme.Ko} 산업 육성 업무협약", $"MOU on the {theme.En} industry at {hub.Name.En}", "체결했다"),
                "investment-agreement" => ($"{hub.Name.Ko} {theme.Ko} {facility.Ko} 투자협약", $"Investment agreement on a {theme.En} {facility.En} at {hub.Name.En}", "체결했다"),
                "opening" => ($"{hub.Name.Ko} {theme.Ko} {facility.Ko} 개소식", $"Opening of the {theme.En} {facility.En} at {hub.Name.En}", "열었다"),
                "selection" => ($"{hub.Name.Ko} {(agreement.Program?.Name.Ko ?? theme.Ko + " 공모 사업")} 선정", $"{hub.Name.En} selected for the {agreement.Program?.Name.En ?? theme.En + " competition"}", "발표했다"),
                "designation" => ($"{hub.Name.Ko} {theme.Ko} 특화지구 지정", $"{hub.Name.En} designated a {theme.En} district", "발표했다"),
                "announcement" => ($"{hub.Name.Ko} {theme.Ko} 육성 계획 발표", $"Plan to grow the {theme.En} industry at {hub.Name.En} announced", "발표했다"),
                _ => ($"{hub.Name.Ko} {theme.Ko} 포럼", $"{Capital(theme.En)} forum at {hub.Name.En}", "개최했다"),
            };
            agreement.Title = new Text(titleKo, titleEn);
            var mentions = parties.Select(p => p.Mention(_rng)).ToArray();
            // A month without its year ("지난 5월") would be read through the source's date, which may be a later year's.
            var dateKo = isPartial ? $"{date.Year}년 {date.Month}월" : $"{date.Year}년 {date.Month}월 {date.Day}일";
            var main = doc.Say(doc.Events, $"{Josa.I(string.Join(", ", mentions))} {dateKo} {hub.Name.Ko}에서 {Josa.Eul($"'{titleKo}'")}{(verbKo == "체결했다" ? "" : " 함께")} {verbKo}.");
            agreement.Sources.Add(main);
            foreach (var (partner, mention) in parties.Zip(mentions))
            {
                _homeSeed.TryAdd(partner, doc);
                Text? undertakes = null;
                var sources = new List<Quote> { main };
                if (_rng.Chance(0.35))
                {
                    var role = _rng.Pick(Words.Roles);
                    undertakes = new Text($"{Josa.Eul(role.Ko)} 맡는다.", Capital(role.En) + ".");
                    sources.Add(doc.Say(doc.Events, $"{Josa.Eun(mention)} '{titleKo}'에 따라 {Josa.Eul(role.Ko)} 맡는다."));
                }

                agreement.Parties.Add(new PartyRecord(partner, partner.Reference(_rng), undertakes, sources));
            }

            agreement.Summary = new Text(
                $"{hub.Name.Ko}에서 참여 기관들이 {theme.Ko} 분야 협력을 약속했다.",
                $"The parties committed to working together on {theme.En} at {hub.Name.En}.");
            if (_rng.Chance(0.1))
            {
                agreement.Note = new Text("원문은 각 기관의 역할을 일부만 적는다.", "The source gives the roles of only some of the parties.");
            }

            agreements.Add(agreement);
        }

        return agreements;
    }

    private void DescribeHubs(List<HubRecord> hubs)
    {
        foreach (var hub in hubs)
        {
            var doc = hub.Seeds.Count > 0 ? hub.Seeds[0] : CurrentSeed(hub);
            var province = Words.Provinces.First(p => p.Slug == hub.Place.ProvinceSlug);
            var location = province.Short == hub.Place.Ko ? hub.Place.Ko : $"{province.Short} {hub.Place.Ko}";
            var intro = doc.Say(doc.Lead, $"{Josa.Eun(hub.Name.Ko)} {location}에 조성되는 {hub.Theme.Ko} 중심의 {Josa.Ida(hub.Kind.Ko)}.");
            hub.Sources.Add(intro);
            hub.Summary = new Text(
                $"{location}의 {hub.Kind.Ko}. {hub.Theme.Ko} 산업을 중심으로 한다.",
                $"{Capital(Article(hub.Kind.En))} {hub.Kind.En} in {hub.Place.En}, {province.ShortEn}, centred on {hub.Theme.En}.");

            if (_rng.Chance(0.7))
            {
                var designated = new DateOnly(2004, 1, 1).AddDays(_rng.Next(0, 7300));
                hub.Designated = designated.ToString("yyyy-MM-dd", Invariant);
                var quote = doc.Say(doc.Lead, $"{Josa.Eun(hub.Name.Ko)} {designated.Year}년 {designated.Month}월 {designated.Day}일 {Josa.Euro(hub.Kind.Ko)} 지정됐다.");
                hub.Sources.Add(quote);
            }

            if (_rng.Chance(0.6))
            {
                var area = (0.5 + _rng.NextDouble() * 20).ToString("0.00", Invariant);
                hub.Area = new Text($"{area}㎢", $"{area} km²");
                hub.KeyFigures.Add((new Text("면적", "Area"), hub.Area, [doc.Say(doc.Lead, $"{hub.Name.Ko}의 전체 면적은 {area}㎢에 이른다.")]));
            }

            var companies = _rng.Next(12, 400);
            hub.KeyFigures.Add((new Text("입주 기업", "Companies on site"), new Text($"{companies}개", companies.ToString(Invariant)),
                [doc.Say(doc.Lead, $"현재 {hub.Name.Ko}에는 {companies}개 기업이 입주해 있다.")]));
            var jobs = _rng.Next(2, 120) * 100;
            var year = 2026 + _rng.Next(0, 10);
            hub.KeyFigures.Add((new Text("일자리 목표", "Jobs target"), new Text($"{jobs:N0}개 ({year}년까지)", $"{jobs:N0} (by {year})"),
                [doc.Say(doc.Lead, $"{Josa.Eun(hub.Name.Ko)} {year}년까지 일자리 {jobs.ToString("N0", Invariant)}개를 만드는 것을 목표로 한다.")]));

            var programs = string.Join("\n", hub.Programs.Select(p => $"- **{p.Name.Ko}**: {p.Theme.Ko} 분야"));
            var programsEn = string.Join("\n", hub.Programs.Select(p => $"- **{p.Name.En}**: {p.Theme.En}"));
            hub.Body = new Text(
                $"""
                ## 개요

                {Josa.Eun(hub.Name.Ko)} {location}에 있는 {Josa.Ida(hub.Kind.Ko)}. {hub.Theme.Ko} 산업을 중심으로 기업과 연구기관, 대학이 모여 있으며, 입주 기업은 {companies}개다.

                ## 참여 사업

                {programs}

                ## 재원

                이 거점에 배정된 돈은 아래 재원 표에 모두 나오며, 전국 현황은 [재원](/funding/) 쪽에서 볼 수 있다. *다른 금액의 일부인 금액*은 합계에 두 번 들어가지 않는다.

                """,
                $"""
                ## Overview

                {hub.Name.En} is {Article(hub.Kind.En)} {hub.Kind.En} in {hub.Place.En}, {province.ShortEn}. Companies, research institutes and universities cluster around the {hub.Theme.En} industry; {companies} companies are on site.

                ## Programmes

                {programsEn}

                ## Money

                Every amount for this hub is in the funding table below; the national picture is on the [funding](/funding/) page. *An amount that is part of another* is never counted twice.

                """);
            if (_rng.Chance(0.2))
            {
                hub.Note = new Text("상태는 원문 발행 시점 기준이다.", "The status is as of the date of the sources.");
            }
        }
    }

    private void DescribePrograms(List<ProgramRecord> programs, List<HubRecord> hubs)
    {
        foreach (var program in programs)
        {
            var hub = hubs.First(h => h.Programs.Contains(program));
            var doc = hub.Seeds[0];
            var owner = program.Owner!;
            var scope = program.Scope switch { "national" => "국가", "provincial" => "광역", _ => "기초" };
            program.Sources.Add(doc.Say(doc.Lead, $"{Josa.Eun(program.Name.Ko)} {Josa.I(owner.Mention(_rng))} 추진하는 {scope} 사업이다."));
            _homeSeed.TryAdd(owner, doc);
            program.Summary = new Text(
                $"{Josa.I(owner.Name.Ko)} 추진하는 {program.Theme.Ko} 분야 {scope} 사업.",
                $"A {program.Scope} programme for {program.Theme.En} run by the {owner.Name.En}.");
            program.Body = new Text(
                $"""
                {Josa.Eun(program.Name.Ko)} {owner.Name.Ko}의 {program.Theme.Ko} 분야 사업이다. 참여 거점은 다음을 추진한다.

                - {program.Theme.Ko} 기업 유치와 육성
                - 실증 인프라 구축
                - **전문 인력** 양성

                """,
                $"""
                The {program.Name.En} is a {program.Theme.En} programme of the {owner.Name.En}. The hubs that take part:

                - attract and grow {program.Theme.En} companies;
                - build testing infrastructure;
                - train **specialists**.

                """);
        }
    }

    private void DescribePartners(List<PartnerRecord> partners)
    {
        foreach (var partner in partners)
        {
            var doc = _homeSeed.TryGetValue(partner, out var home) ? home : _rng.Pick(_seeds);
            partner.Sources.Add(doc.Say(doc.People, $"{Josa.Eun(partner.Name.Ko)} {Josa.Ida(partner.What.Ko)}."));
        }
    }

    private void FinishSeed(SeedDoc doc)
    {
        var hub = doc.Hub;
        var kindRoll = _rng.NextDouble();
        doc.Kind = kindRoll < 0.6 ? "news" : kindRoll < 0.9 ? "press-release" : "plan";
        var government = hub.Place.Kind == PlaceKind.Metro ? _provinceGovernments[hub.Place.ProvinceSlug] : LocalGovernment(hub);
        var publisher = doc.Kind == "news" ? _rng.Pick(Words.NewsPublishers) : (government.Name.Ko, government.Name.En);
        doc.Publisher = new Text(publisher.Item1, publisher.Item2);
        var dates = Dates(doc);
        var published = dates.Count > 0 ? dates.Max().AddDays(_rng.Next(0, 6)) : new DateOnly(2019, 1, 1).AddDays(_rng.Next(0, 2300));
        doc.Published = published.ToString("yyyy-MM-dd", Invariant);
        doc.Url = _rng.Chance(0.5) ? $"https://news.example.kr/articles/{doc.Id.Replace('_', '-')}" : null;
        doc.Title = _rng.Next(0, 3) switch
        {
            0 => new Text($"{hub.Name.Ko}, {hub.Theme.Ko} 투자 본격화", $"{hub.Name.En}: {hub.Theme.En} investment gets under way"),
            1 => new Text($"{hub.Name.Ko}에 {hub.Theme.Ko} 기업·연구기관 몰린다", $"{Capital(hub.Theme.En)} companies and institutes head for {hub.Name.En}"),
            _ => new Text($"{hub.Place.Ko} {hub.Theme.Ko} 산업 육성 계획", $"{hub.Place.En} plan for the {hub.Theme.En} industry"),
        };

        var header = doc.Kind switch
        {
            "news" => $"{doc.Publisher.Ko}\n\n{doc.Title.Ko}\n\n입력 : {doc.Published} {_rng.Next(6, 22):00}:{_rng.Next(0, 60):00}:{_rng.Next(0, 60):00}\n\n",
            "press-release" => $"보도자료\n\n{doc.Title.Ko}\n\n{doc.Publisher.Ko} 미래산업과\n배포일 : {doc.Published}\n\n",
            _ => $"{doc.Title.Ko}\n\n{doc.Publisher.Ko}\n\n",
        };
        var paragraphs = new List<string>();
        Paragraphs(paragraphs, doc.Lead, 3);
        Paragraphs(paragraphs, doc.Money, 3);
        Paragraphs(paragraphs, doc.Events, 2);
        Paragraphs(paragraphs, doc.People, 4);
        paragraphs.Add($"{government.Name.Ko} 관계자는 \"{hub.Theme.Ko} 산업 생태계를 키우는 데 힘을 모으겠다\"고 말했다.");
        doc.Body = header + string.Join("\n\n", paragraphs) + "\n";
    }

    private static void Paragraphs(List<string> paragraphs, List<string> sentences, int perParagraph)
    {
        for (var i = 0; i < sentences.Count; i += perParagraph)
        {
            paragraphs.Add(string.Join(" ", sentences.Skip(i).Take(perParagraph)));
        }
    }

    /// <summary>The seed document currently collecting a hub's figures; a new one starts every ten figures.</summary>
    private SeedDoc CurrentSeed(HubRecord hub)
    {
        if (_currentSeed.TryGetValue(hub, out var doc) && _seedFigures.GetValueOrDefault(doc) < figuresPerSeed)
        {
            return doc;
        }

        doc = new SeedDoc($"{_seeds.Count:D5}_{_rng.Hex(16)}", hub);
        _seeds.Add(doc);
        hub.Seeds.Add(doc);
        _currentSeed[hub] = doc;
        return doc;
    }

    private List<DateOnly> Dates(SeedDoc doc)
    {
        if (!_seedDates.TryGetValue(doc, out var list))
        {
            _seedDates[doc] = list = [];
        }

        return list;
    }

    private PartnerRecord LocalGovernment(HubRecord hub) =>
        hub.Place.Kind == PlaceKind.Metro ? _provinceGovernments[hub.Place.ProvinceSlug] : _localGovernments[hub.Place.Slug];

    private static string PeriodKo(FundingRecord record) => record switch
    {
        { From: { } from, To: { } to } when from == to => $"{from}년 한 해 동안 ",
        { From: { } from, To: { } to } => $"{from}년부터 {to}년까지 ",
        { From: { } from } => $"{from}년부터 ",
        _ => "",
    };

    private string Weighted((string Value, double Weight)[] choices)
    {
        var weights = choices.Select(c => c.Weight).ToArray();
        return choices[_rng.PickWeighted(weights, weights.Sum())].Value;
    }

    /// <summary>A unique id from a base; <paramref name="always"/> numbers every one (busan-hydrogen-testbed-3), as records of one kind are many.</summary>
    private string Unique(string id, bool always = false)
    {
        if (!always && _ids.Add(id))
        {
            return id;
        }

        for (var n = _counters.GetValueOrDefault(id) + 1; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (_ids.Add(candidate))
            {
                _counters[id] = n;
                return candidate;
            }
        }
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string TitleCase(string text) => string.Join(' ', text.Split(' ').Select(Capital));

    private static string Article(string word) => "aeiouAEIOU".Contains(word[0]) ? "an" : "a";
}
