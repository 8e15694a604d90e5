using System.Text;

namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Makes organisations with unique Korean names, aliases and ids: the fixed ministries and governments, then a
/// mix of companies, public bodies, universities and others drawn from the word lists.
/// </summary>
public sealed class PartnerFactory(Rng rng)
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private static readonly (string Type, double Weight)[] Mix =
    [
        ("company", 0.42), ("public-institution", 0.12), ("university", 0.09), ("local-government", 0.08),
        ("foreign-company", 0.06), ("business-association", 0.05), ("local-council", 0.05), ("hospital", 0.04),
        ("bank", 0.04), ("foreign-government", 0.02), ("international-organisation", 0.01), ("government-committee", 0.02),
    ];

    public PartnerRecord Ministry(Ministry m)
    {
        var partner = Create(m.Slug, new Text(m.Ko, m.En), m.Type, new Text("중앙행정기관", "a central government body"))!;
        if (m.Short.Length > 0)
        {
            AddAlias(partner, m.Short);
        }

        return partner;
    }

    public PartnerRecord Province(Province p)
    {
        var partner = Create(p.Slug + "-government", new Text(p.Ko, p.En), "provincial-government", new Text("광역자치단체", "a province-level government"));
        AddAlias(partner!, p.Alias);
        return partner!;
    }

    public PartnerRecord LocalGovernment(Place place)
    {
        var isCounty = place.Kind == PlaceKind.County;
        var name = new Text(place.Ko + (isCounty ? "군" : "시"), place.En + (isCounty ? " County" : " City"));
        var partner = Create(place.Slug + (isCounty ? "-county" : "-city"), name, "local-government", new Text("기초자치단체", "a local government"));
        AddAlias(partner!, name.Ko + "청");
        return partner!;
    }

    /// <summary>One more organisation of a type drawn from the mix; null only in the unlikely case that every draw collides.</summary>
    public PartnerRecord? Next(IReadOnlyList<Place> places)
    {
        var weights = Mix.Select(m => m.Weight).ToArray();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var type = attempt < 10 ? Mix[rng.PickWeighted(weights, weights.Sum())].Type : "company";
            if (Make(type, places) is { } partner)
            {
                return partner;
            }
        }

        return null;
    }

    private PartnerRecord? Make(string type, IReadOnlyList<Place> places)
    {
        var place = rng.Pick(places);
        var province = Words.Provinces.First(p => p.Slug == place.ProvinceSlug);
        var field = rng.Pick(Words.Fields);
        var (brandKo, brandEn) = Brand();
        switch (type)
        {
            case "company":
            {
                var industry = rng.Pick(Words.Industries);
                var partner = Create(null, new Text(brandKo + industry.Ko, $"{brandEn} {industry.En}"), type,
                    new Text($"{place.Ko}에 본사를 둔 {industry.WhatKo} 기업", $"{Article(industry.WhatEn)} {industry.WhatEn} company based in {place.En}"));
                if (partner is not null && rng.Chance(0.5))
                {
                    AddAlias(partner, "㈜" + partner.Name.Ko);
                }

                return partner;
            }

            case "foreign-company":
            {
                var root = rng.Pick(Words.ForeignRoots);
                var industry = rng.Pick(Words.Industries);
                var country = rng.Pick(Words.Countries);
                return Create(null, new Text($"{root.Ko}{industry.Ko}코리아", $"{root.En} {industry.En} Korea"), type,
                    new Text($"{country.Ko} {industry.WhatKo} 기업의 한국 법인", $"the Korean arm of a {industry.WhatEn} company from {country.En}"));
            }

            case "public-institution":
            {
                var (ko, en) = rng.Next(0, 5) switch
                {
                    0 => ($"한국{field.Ko}진흥원", $"Korea {field.En} Promotion Agency"),
                    1 => ($"{place.Ko}테크노파크", $"{place.En} Technopark"),
                    2 => ($"한국{field.Ko}연구원", $"Korea Institute of {field.En}"),
                    3 => ($"{place.Ko}{field.Ko}진흥원", $"{place.En} {field.En} Agency"),
                    _ => ($"{place.Ko}도시공사", $"{place.En} Urban Development Corporation"),
                };
                var partner = Create(null, new Text(ko, en), type, new Text($"{field.Ko} 분야 공공기관", $"a public body for {field.En}"));
                if (partner is not null && ko.StartsWith("한국", StringComparison.Ordinal) && rng.Chance(0.3))
                {
                    AddAlias(partner, ko[2..]);
                }

                return partner;
            }

            case "university":
            {
                var (ko, en) = rng.Next(0, 4) switch
                {
                    0 => ($"{place.Ko}대학교", $"{place.En} University"),
                    1 => ($"국립{place.Ko}대학교", $"{place.En} National University"),
                    2 => ($"{place.Ko}과학기술대학교", $"{place.En} University of Science and Technology"),
                    _ => ($"{brandKo}대학교", $"{brandEn} University"),
                };
                var partner = Create(null, new Text(ko, en), type, new Text($"{province.Short} 지역 대학", $"a university in {province.ShortEn}"));
                if (partner is not null && ko.EndsWith("대학교", StringComparison.Ordinal) && rng.Chance(0.4))
                {
                    AddAlias(partner, ko[..^3] + "대");
                }

                return partner;
            }

            case "hospital":
            {
                var (ko, en) = rng.Next(0, 3) switch
                {
                    0 => ($"{place.Ko}대학교병원", $"{place.En} University Hospital"),
                    1 => ($"{place.Ko}의료원", $"{place.En} Medical Centre"),
                    _ => ($"{brandKo}병원", $"{brandEn} Hospital"),
                };
                return Create(null, new Text(ko, en), type, new Text($"{province.Short} 지역 거점 병원", $"a regional hospital in {province.ShortEn}"));
            }

            case "bank":
            {
                var (ko, en) = rng.Next(0, 3) switch
                {
                    0 => ($"{brandKo}저축은행", $"{brandEn} Savings Bank"),
                    1 => ($"{brandKo}캐피탈", $"{brandEn} Capital"),
                    _ => ($"{province.Short}{brandKo}은행", $"{province.ShortEn} {brandEn} Bank"),
                };
                return Create(null, new Text(ko, en), type, new Text("지역 금융기관", "a regional lender"));
            }

            case "business-association":
            {
                var (ko, en) = rng.Next(0, 3) switch
                {
                    0 => ($"{place.Ko}상공회의소", $"{place.En} Chamber of Commerce"),
                    1 => ($"한국{field.Ko}협회", $"Korea {field.En} Association"),
                    _ => ($"{province.Short}{field.Ko}기업협회", $"{province.ShortEn} {field.En} Business Association"),
                };
                return Create(null, new Text(ko, en), type, new Text($"{field.Ko} 분야 기업 단체", $"a business association for {field.En}"));
            }

            case "local-council":
            {
                var isCounty = place.Kind == PlaceKind.County;
                var (ko, en) = place.Kind == PlaceKind.Metro
                    ? ($"{province.Ko}의회", $"{province.En} Council")
                    : ($"{place.Ko}{(isCounty ? "군" : "시")}의회", $"{place.En} {(isCounty ? "County" : "City")} Council");
                return Create(null, new Text(ko, en), type, new Text("지방의회", "a local council"));
            }

            case "local-government":
                return place.Kind == PlaceKind.Metro || _ids.Contains(place.Slug + "-city") || _ids.Contains(place.Slug + "-county")
                    ? null
                    : LocalGovernment(place);

            case "foreign-government":
            {
                var country = rng.Pick(Words.Countries);
                return Create(null, new Text($"주한 {country.Ko} 대사관", $"Embassy of {country.En} in Korea"), type,
                    new Text("외국 정부 공관", "a foreign embassy"));
            }

            case "international-organisation":
            {
                var org = rng.Pick(Words.InternationalOrganisations);
                return Create(org.Slug, new Text(org.Ko, org.En), type, new Text("국제기구", "an international organisation"));
            }

            default:
            {
                var committee = rng.Pick(Words.Committees);
                return Create(committee.Slug, new Text(committee.Ko, committee.En), "government-committee", new Text("정부 위원회", "a government committee"));
            }
        }
    }

    private (string Ko, string En) Brand()
    {
        var a = rng.Pick(Words.Syllables);
        var b = rng.Pick(Words.Syllables);
        var en = a.En + b.En;
        return (a.Ko + b.Ko, char.ToUpperInvariant(en[0]) + en[1..]);
    }

    private PartnerRecord? Create(string? id, Text name, string type, Text what)
    {
        if (!_names.Add(Key(name.Ko)))
        {
            return null;
        }

        id ??= Slug(name.En);
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return new PartnerRecord(unique, name, type) { What = what };
    }

    private void AddAlias(PartnerRecord partner, string alias)
    {
        // An alias must name one organisation only, so it is claimed like a name.
        if (alias.StartsWith('㈜') ? Key(alias) == Key(partner.Name.Ko) || _names.Add(Key(alias)) : _names.Add(Key(alias)))
        {
            partner.Aliases.Add(alias);
        }
    }

    /// <summary>The form Hubwatch matches names in: without spaces or company markers.</summary>
    private static string Key(string name) => name.Replace("㈜", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static string Article(string word) => "aeiou".Contains(char.ToLowerInvariant(word[0])) ? "an" : "a";

    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Replace("&", "and", StringComparison.Ordinal))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= 52 ? slug : slug[..52].TrimEnd('-');
    }
}
