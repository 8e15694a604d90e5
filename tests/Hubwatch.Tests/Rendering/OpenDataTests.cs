using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Hubwatch.Tests.Support;
using Json.Schema;

namespace Hubwatch.Tests.Rendering;

/// <summary>The open data: CSV that opens in a spreadsheet and reads back to what the pages show, and JSON that its schema accepts.</summary>
[Collection(PortalCollection.Name)]
public sealed class OpenDataTests(PortalFixture portal)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private JsonNode Portal => JsonNode.Parse(portal.Files["data/portal.json"])!;

    [Theory]
    [InlineData("data/funding.csv", 8)]
    [InlineData("data/hubs.csv", 6)]
    [InlineData("data/partners.csv", 37)]
    [InlineData("data/agreements.csv", 15)]
    public void Each_csv_is_utf8_with_a_byte_order_mark_and_crlf_and_parses_back_to_its_rows(string path, int rows)
    {
        var bytes = portal.Files[path];
        Assert.Equal(Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));

        var (headers, records) = ReadCsv(bytes);
        Assert.Equal("Identifier", headers[0]);
        Assert.Equal(rows, records.Count);
        Assert.Equal(rows, records.Select(r => r["Identifier"]).Distinct().Count());
    }

    [Fact]
    public void Funding_csv_rows_are_the_rows_of_the_funding_list_and_add_up_to_the_overview_total()
    {
        var (_, records) = ReadCsv(portal.Files["data/funding.csv"]);
        var page = portal.Page("funding/index.html");
        var rows = portal.Page("funding/all/index.html").QuerySelectorAll("ol.compact-list > li").ToDictionary(li => li.GetAttribute("data-id")!);
        Assert.Equal(records.Count, rows.Count);
        foreach (var record in records)
        {
            var row = rows[record["Identifier"]];
            Assert.Equal(row.QuerySelector("data.money")!.GetAttribute("value"), record["Amount Awarded"]);
            Assert.Equal(row.QuerySelector("a")!.TextContent, record["Title"]);
            Assert.Equal("KRW", record["Currency"]);
            Assert.Equal(record["Part Of"].Length == 0 ? "true" : "false", record["Counted In Totals"]);
        }

        var counted = records.Where(r => r["Counted In Totals"] == "true").ToList();
        var total = counted.Sum(r => long.Parse(r["Amount Awarded"]));
        Assert.Equal(1_231_710_000_000, total);
        Assert.Equal(page.QuerySelector(".grand-total data")!.GetAttribute("value"), total.ToString());

        // Amount Counted is what is left of a figure once its parts, rows of their own, are taken out; added over every
        // row it is the total, and by funder kind or by stage it gives the page's totals tables (in their own order):
        // a part counts under its own kind and stage, only what is left of its whole under the whole's.
        foreach (var record in records)
        {
            var parts = records.Where(p => p["Part Of"] == record["Identifier"]).Sum(p => long.Parse(p["Amount Awarded"]));
            Assert.Equal(long.Parse(record["Amount Awarded"]) - parts, long.Parse(record["Amount Counted"]));
        }

        Assert.Equal(total, records.Sum(r => long.Parse(r["Amount Counted"])));
        var byKind = records.GroupBy(r => r["Funder Kind"]).ToDictionary(g => g.Key, g => g.Sum(r => long.Parse(r["Amount Counted"])));
        var byStage = records.GroupBy(r => r["Status"]).ToDictionary(g => g.Key, g => g.Sum(r => long.Parse(r["Amount Counted"])));
        var pageByStage = page.QuerySelectorAll("dl.splits-stages data").Select(d => long.Parse(d.GetAttribute("value")!)).Where(v => v > 0).ToArray();
        Assert.Equal(pageByStage.Order(), byStage.Values.Order());
        Assert.Equal(1_225_170_000_000, byStage["planned"]);
        Assert.Equal(240_000_000, byStage["executed"]);
        var pageByKind = page.QuerySelectorAll("table.totals")[1].QuerySelectorAll("tbody tr")
            .Select(tr => long.Parse(tr.QuerySelector("data")!.GetAttribute("value")!))
            .ToArray();
        Assert.Equal(pageByKind.Order(), byKind.Values.Order());
        Assert.Equal(1_000_000_000_000, byKind["private"]);
        Assert.Equal(20_800_000_000, byKind["national"]);
        Assert.Equal(194_500_000_000, byKind["unspecified"]);
    }

    [Fact]
    public void Hubs_csv_gives_each_hub_the_name_and_funding_total_of_its_page()
    {
        var (_, records) = ReadCsv(portal.Files["data/hubs.csv"]);
        foreach (var record in records)
        {
            var page = portal.Page($"hubs/{record["Identifier"]}/index.html");
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), record["Name"]);
            var total = page.QuerySelector(".grand-total data")?.GetAttribute("value") ?? "0";
            Assert.Equal(total, record["Funding Total"]);
        }

        Assert.Equal("1210410000000", records.Single(r => r["Identifier"] == "jeonju")["Funding Total"]);
    }

    [Theory]
    // Jeonju: the 2.4억원 the city's plan lists as already invested is executed; the rest of its money is planned.
    [InlineData("jeonju", 0L, 1_210_170_000_000L, 240_000_000L, 15_910_000_000L, 1_000_000_000_000L, 194_500_000_000L, 32_000_000_000L)]
    [InlineData("ochang", 6_300_000_000L, 0L, 0L, 6_300_000_000L, 0L, 0L, 6_300_000_000L)]
    [InlineData("gwangju", 0L, 15_000_000_000L, 0L, 0L, 15_000_000_000L, 0L, 0L)]
    public void Hubs_csv_splits_each_total_by_stage_and_by_public_or_private_money_as_the_hub_page_does(
        string hub, long announced, long planned, long committedOrExecuted, long publicMoney, long privateMoney, long noFunder, long shared)
    {
        var (_, records) = ReadCsv(portal.Files["data/hubs.csv"]);
        var record = records.Single(r => r["Identifier"] == hub);
        long Column(string name) => long.Parse(record[name]);

        Assert.Equal(announced, Column("Funding Announced"));
        Assert.Equal(planned, Column("Funding Planned"));
        Assert.Equal(committedOrExecuted, Column("Funding Committed") + Column("Funding Executed"));
        Assert.Equal(publicMoney, Column("Funding Public"));
        Assert.Equal(privateMoney, Column("Funding Private Or Foreign"));
        Assert.Equal(noFunder, Column("Funding No Stated Funder"));
        Assert.Equal(shared, Column("Funding Shared"));
        Assert.Equal(Column("Funding Total"), Column("Funding Own") + Column("Funding Shared"));
        Assert.Equal(Column("Funding Total"), Column("Funding Announced") + Column("Funding Planned") + Column("Funding Committed") + Column("Funding Executed") + Column("Funding Stage Not Stated"));

        // The same numbers as the stage split of the hub's page.
        var stages = portal.Page($"hubs/{hub}/index.html").QuerySelectorAll("dl.splits-stages dd data").Select(d => long.Parse(d.GetAttribute("value")!)).ToArray();
        Assert.Equal([Column("Funding Announced"), Column("Funding Planned"), Column("Funding Committed"), Column("Funding Executed")], stages);
    }

    [Fact]
    public void Partners_and_agreements_csv_match_their_pages()
    {
        var (_, partners) = ReadCsv(portal.Files["data/partners.csv"]);
        foreach (var record in partners)
        {
            Assert.Equal(portal.Page($"partners/{record["Identifier"]}/index.html").QuerySelector("h1")!.TextContent.Trim(), record["Name"]);
        }

        Assert.Contains("㈜카카오엔터프라이즈", partners.Single(r => r["Identifier"] == "kakao-enterprise")["Aliases"].Split("; "));

        // What an organisation gives alone apart from what it gives with others in shares no source states: the
        // 1 trillion won is "Pine & Partners and other lead managers'", not Pine & Partners' own.
        (string Alone, string Shared) Funding(string id) => partners.Single(r => r["Identifier"] == id) is var r ? (r["Funding Provided"], r["Funding Shared With Other Funders"]) : default;
        Assert.Equal(("0", "1000000000000"), Funding("pine-and-partners-asset-management"));
        Assert.Equal(("1410000000", "0"), Funding("jeonju-city"));

        var (_, agreements) = ReadCsv(portal.Files["data/agreements.csv"]);
        var timeline = portal.Page("timeline/index.html");
        foreach (var record in agreements)
        {
            Assert.Equal(timeline.GetElementById("a-" + record["Identifier"])!.QuerySelector("time")!.GetAttribute("datetime"), record["Date"]);
        }

        Assert.Equal(15, agreements.Single(r => r["Identifier"] == "jeonbuk-digital-finance-mou-2023")["Parties"].Split("; ").Length);
    }

    [Fact]
    public void The_open_data_says_which_facts_are_the_editors_reading_as_the_record_pages_do()
    {
        // Each figure's and agreement's readings, in the order and words of its English page (without their citation numbers).
        string[] Readings(string page) =>
            [.. portal.Page(page).QuerySelectorAll("div.inference > ul > li > p:first-child")
                .Select(p => string.Concat(p.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { ClassName: "cites" }).Select(n => n.TextContent)).Trim())];

        var (_, funding) = ReadCsv(portal.Files["data/funding.csv"]);
        var json = Portal["funding"]!.AsArray().ToDictionary(f => (string)f!["id"]!);
        foreach (var record in funding)
        {
            var id = record["Identifier"];
            var shown = Readings($"en/funding/{id}/index.html");
            var listed = record["Editors' Reading (English)"];
            Assert.Equal(shown, listed.Length == 0 ? [] : listed.Split(" | "));
            Assert.Equal(shown.Length, json[id]!["editors_readings"]!.AsArray().Count);
        }

        var finance = funding.Single(r => r["Identifier"] == "jeonbuk-digital-finance-investment");
        Assert.Equal("hub; funder-kind", finance["Read By Editors"]);
        Assert.StartsWith("재원 구분을 민간으로 적었다.", finance["Editors' Reading"]);
        Assert.Equal("stage", funding.Single(r => r["Identifier"] == "jeonju-financial-hub-plan-already-invested")["Read By Editors"]);
        Assert.Equal("", funding.Single(r => r["Identifier"] == "hydrogen-pilot-city-total")["Read By Editors"]);
        Assert.Equal("true", funding.Single(r => r["Identifier"] == "digital-innovation-hub-national-funds-2024")["May Be Per Site"]);

        var reading = json["jeonbuk-digital-finance-investment"]!["editors_readings"]![1]!;
        Assert.Equal(["hub"], reading["reads"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("The whole 1 trillion won is linked to the Jeonju and Jeonbuk Innovation City hub.", (string)reading["text"]!["en"]!);
        Assert.Equal(5, reading["sources"]!.AsArray().Count);

        var (_, agreements) = ReadCsv(portal.Files["data/agreements.csv"]);
        foreach (var record in agreements)
        {
            var listed = record["Editors' Reading (English)"];
            Assert.Equal(Readings($"en/agreements/{record["Identifier"]}/index.html"), listed.Length == 0 ? [] : listed.Split(" | "));
        }

        Assert.Contains(agreements, r => r["Editors' Reading"].Length > 0);
    }

    [Fact]
    public void Text_with_commas_and_quotes_round_trips_through_the_csv()
    {
        var raw = Encoding.UTF8.GetString(portal.Files["data/funding.csv"]);
        Assert.Contains("\"\"", raw);
        var (_, records) = ReadCsv(portal.Files["data/funding.csv"]);
        var json = Portal["funding"]!.AsArray().ToDictionary(f => (string)f!["id"]!, f => f!);
        foreach (var record in records)
        {
            var figure = json[record["Identifier"]];
            Assert.Equal((string?)figure["note"]?["ko"] ?? "", record["Note"]);
            Assert.Equal((string)figure["purpose"]!["en"]!, record["Description (English)"]);
            Assert.Equal((long)figure["amount"]!, long.Parse(record["Amount Awarded"]));
        }
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Content, "funding", "hanbit-budget.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: { ko: 한빛 혁신거점 사업비,", "title: { ko: \"=HYPERLINK(\\\"http://example.com\\\")\","));
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        var (_, records) = ReadCsv(project.SiteFiles()["data/funding.csv"]);
        Assert.Equal("'=HYPERLINK(\"http://example.com\")", records.Single()["Title"]);
    }

    [Fact]
    public void Portal_json_validates_against_its_schema()
    {
        var results = Evaluate(JsonDocument.Parse(portal.Files["data/portal.json"]).RootElement);
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_schema_rejects_a_record_that_lost_a_field_or_gained_one()
    {
        var missing = Portal;
        missing["funding"]![0]!.AsObject().Remove("amount");
        Assert.False(Evaluate(JsonSerializer.SerializeToElement(missing)).IsValid);

        var extra = Portal;
        extra["hubs"]![0]!["population"] = 1;
        Assert.False(Evaluate(JsonSerializer.SerializeToElement(extra)).IsValid);

        var wrongKind = Portal;
        wrongKind["funding"]![0]!["funder_kind"] = "lottery";
        Assert.False(Evaluate(JsonSerializer.SerializeToElement(wrongKind)).IsValid);
    }

    [Fact]
    public void Portal_json_holds_every_record_and_the_totals_of_the_funding_page()
    {
        var json = Portal;
        Assert.Equal(6, json["hubs"]!.AsArray().Count);
        Assert.Equal(11, json["programs"]!.AsArray().Count);
        Assert.Equal(37, json["partners"]!.AsArray().Count);
        Assert.Equal(15, json["agreements"]!.AsArray().Count);
        Assert.Equal(8, json["funding"]!.AsArray().Count);
        Assert.Equal(5, json["sources"]!.AsArray().Count);

        var total = (long)json["totals"]!["total"]!;
        Assert.Equal(portal.Page("funding/index.html").QuerySelector(".grand-total data")!.GetAttribute("value"), total.ToString());
        Assert.Equal(total, json["funding"]!.AsArray().Where(f => (bool)f!["counted_in_totals"]!).Sum(f => (long)f!["amount"]!));
        Assert.Equal(total, json["totals"]!["by_funder_kind"]!.AsArray().Sum(l => (long)l!["amount"]!));
        Assert.Equal(total, json["totals"]!["by_hub"]!.AsArray().Sum(l => (long)l!["amount"]!));
    }

    [Theory]
    [InlineData("data/index.html")]
    [InlineData("en/data/index.html")]
    public void The_data_page_documents_every_column_of_every_csv(string pagePath)
    {
        var page = portal.Page(pagePath);
        foreach (var file in new[] { "funding.csv", "hubs.csv", "partners.csv", "agreements.csv" })
        {
            var (headers, _) = ReadCsv(portal.Files["data/" + file]);
            var section = page.QuerySelectorAll("article.data-file").Single(a => a.QuerySelector("h3 a")!.TextContent == file);
            var documented = section.QuerySelectorAll("table.data-columns tbody tr")
                .ToDictionary(tr => tr.QuerySelector("th code")!.TextContent, tr => tr.QuerySelector("td")!.TextContent.Trim());
            Assert.Equal(headers, documented.Keys);
            Assert.All(documented.Values, description => Assert.NotEmpty(description));
            // A description names another column as its header reads (Funding Total), not by the key behind it (funding_total).
            Assert.All(documented.Values, description => Assert.DoesNotMatch(@"\b[a-z]+_[a-z_]+\b", description));
            Assert.Equal(PortalFixture.BasePath + "data/" + file, section.QuerySelector("h3 a")!.GetAttribute("href"));
        }

        Assert.Contains("CC BY 4.0", page.QuerySelector("#licence-heading")!.ParentElement!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='{PortalFixture.BasePath}data/portal.schema.json']"));
    }

    private static EvaluationResults Evaluate(JsonElement instance)
    {
        var schemaText = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Repo.Root, "generator", "Rendering", "portal.schema.json")));
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    internal static (IReadOnlyList<string> Headers, List<Dictionary<string, string>> Records) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var headers = reader.Headers.ToArray();
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        }

        return (headers, records);
    }
}
