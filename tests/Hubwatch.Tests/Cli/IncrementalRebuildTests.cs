using Hubwatch.Cli;
using Hubwatch.Diagnostics;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// A rebuild that reuses what unchanged records gave (a serve session's <see cref="BuildMemo"/>) reports exactly the
/// diagnostics a build from nothing reports for the same content, and plans the same files with the same bytes:
/// after an edit that brings an error in, and after the edit that takes it out again.
/// </summary>
public sealed class IncrementalRebuildTests
{
    [Fact]
    public void A_partner_named_in_a_figures_prose_is_reported_and_cleared_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var file = Path.Combine(project.Content, "funding", "carbon-national-industrial-complex-budget.yaml");
        var text = File.ReadAllText(file);

        rebuild.After(file, text.Replace("ko: 탄소소재 국가산업단지 조성\n", "ko: 광주글로벌모터스와 탄소소재 국가산업단지 조성\n", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("purpose.ko names '광주글로벌모터스'", StringComparison.Ordinal));

        rebuild.After(file, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_new_alias_is_looked_for_in_the_prose_of_records_that_did_not_change()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var partner = Path.Combine(project.Content, "partners", "gwangju-global-motors.yaml");
        var text = File.ReadAllText(partner);

        // The figure's title and purpose start with 탄소소재; the figure itself is not saved again.
        rebuild.After(partner, AddAlias(text, "탄소소재"));
        Assert.Contains(rebuild.Last, d => d.Where.Path.EndsWith("carbon-national-industrial-complex-budget.yaml", StringComparison.Ordinal) && d.Message.Contains("'탄소소재'", StringComparison.Ordinal));

        rebuild.After(partner, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_hub_named_in_a_partners_summary_is_reported_and_cleared_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var file = Path.Combine(project.Content, "partners", "norway-embassy.yaml");
        var text = File.ReadAllText(file);
        var ko = text.IndexOf("  ko: ", text.IndexOf("summary:", StringComparison.Ordinal), StringComparison.Ordinal) + "  ko: ".Length;

        rebuild.After(file, text.Insert(ko, "부산 센텀시티와 "));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("summary.ko names hub", StringComparison.Ordinal));

        rebuild.After(file, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_figure_whose_funder_is_named_by_an_alias_is_totalled_and_reported_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(project.Content, "funding", "j-shangri-la-medical-investment.yaml");
        var partner = Path.Combine(project.Content, "partners", "j-shangri-la-medical.yaml");
        var figureText = File.ReadAllText(figure);
        var partnerText = File.ReadAllText(partner);

        // The funder named by an alias: the same organisation's line in every total and map.
        rebuild.After(figure, figureText.Replace("funder: j-shangri-la-medical", "funder: J.Shangri-La Medical", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        // The alias gone, the reference names no partner; the figure itself is not saved again.
        rebuild.After(partner, partnerText.Replace(", J.Shangri-La Medical]", "]", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message == "unknown partner 'J.Shangri-La Medical'");

        rebuild.After(partner, partnerText);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Edits_to_a_figures_title_amount_whole_and_hubs_and_to_a_hubs_text_give_what_a_full_build_gives()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var hub = Path.Combine(project.Content, "hubs", "jeonju.yaml");
        var figureText = File.ReadAllText(figure);
        var hubText = File.ReadAllText(hub);

        // The title and purpose only: the figure keeps its places in every map, total and list, which show the new title.
        rebuild.After(figure, ReplaceFirst(ReplaceFirst(figureText, "  en: ", "  en: Edited "), "  ko: ", "  ko: 수정된 "));
        rebuild.After(Path.Combine(project.Content, "funding", "hydrogen-pilot-city-total.yaml"), ReplaceFirst(File.ReadAllText(Path.Combine(project.Content, "funding", "hydrogen-pilot-city-total.yaml")), "  en: ", "  en: Edited "));
        rebuild.After(figure, figureText.Replace("amount: 145억원", "amount: 146억원", StringComparison.Ordinal));
        rebuild.After(figure, figureText.Replace("part_of: hydrogen-pilot-city-total\n", "", StringComparison.Ordinal));
        rebuild.After(figure, figureText.Replace("hub: jeonju", "hubs: [jeonju, gwangju]", StringComparison.Ordinal));
        rebuild.After(figure, figureText);
        rebuild.After(hub, hubText.Replace("\nsummary:\n  ko: >-\n    ", "\nsummary:\n  ko: >-\n    광주글로벌모터스와 ", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("summary.ko names '광주글로벌모터스'", StringComparison.Ordinal));
        rebuild.After(hub, hubText);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_figures_quote_seed_and_whole_that_go_wrong_are_reported_and_cleared_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var whole = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-total.yaml");
        var text = File.ReadAllText(figure);
        var quote = text.IndexOf("quote: \"", StringComparison.Ordinal) + "quote: \"".Length;

        rebuild.After(figure, text.Insert(quote, "없는 말 "));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("quote not found in seed", StringComparison.Ordinal));
        rebuild.After(figure, ReplaceFirst(text, "seed: ", "seed: x"));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("unknown seed 'x", StringComparison.Ordinal));
        rebuild.After(figure, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        // The whole renamed away (its file and its id): the part, not saved again, names a figure there is no longer.
        var wholeText = File.ReadAllText(whole);
        var renamed = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-totals.yaml");
        rebuild.Delete(whole);
        rebuild.After(renamed, wholeText.Replace("id: hydrogen-pilot-city-total", "id: hydrogen-pilot-city-totals", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("unknown funding 'hydrogen-pilot-city-total'", StringComparison.Ordinal));
        rebuild.Delete(renamed);
        rebuild.After(whole, wholeText);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        // Only the id mistyped: the file still names the figure, so the part still finds its whole, and the one error is the id's.
        rebuild.After(whole, wholeText.Replace("id: hydrogen-pilot-city-total", "id: hydrogen-pilot-city-totals", StringComparison.Ordinal));
        Assert.Equal(["id 'hydrogen-pilot-city-totals' does not match the file name 'hydrogen-pilot-city-total'"], rebuild.Last.Where(d => d.Severity == Severity.Error).Select(d => d.Message));
        rebuild.After(whole, wholeText);
    }

    [Fact]
    public void A_name_in_a_hubs_prose_is_linked_and_unlinked_by_an_edit_to_another_record_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var hub = Path.Combine(project.Content, "hubs", "jeonju.yaml");
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var (hubText, figureText) = (File.ReadAllText(hub), File.ReadAllText(figure));

        rebuild.After(hub, hubText.Replace("\nsummary:\n  ko: >-\n    ", "\nsummary:\n  ko: >-\n    광주글로벌모터스와 ", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("summary.ko names '광주글로벌모터스'", StringComparison.Ordinal));

        // A figure of the hub now funded by that company links the two; the hub is not saved again.
        rebuild.After(figure, figureText.Replace("funder: molit", "funder: gwangju-global-motors", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        rebuild.After(figure, figureText);
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("summary.ko names '광주글로벌모터스'", StringComparison.Ordinal));
        rebuild.After(hub, hubText);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_partner_linked_to_a_hub_only_by_a_figure_is_warned_about_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var partner = Path.Combine(project.Content, "partners", "test-aero-club.yaml");
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var figureText = File.ReadAllText(figure);
        const string Unlinked = "partner 'test-aero-club' is linked to no hub";

        rebuild.After(partner, "id: test-aero-club\nname: { ko: 시험항공클럽, en: Test Aero Club }\ntype: international-organisation\neditorial: true\n");
        Assert.Contains(rebuild.Last, d => d.Message == Unlinked);

        // Shared with the new partner: linked; the figure's prose edited: still linked; no longer shared: not linked.
        var shared = figureText.Replace("shared_with: [wanju-county]", "shared_with: [wanju-county, test-aero-club]", StringComparison.Ordinal);
        rebuild.After(figure, shared);
        Assert.DoesNotContain(rebuild.Last, d => d.Message == Unlinked);
        rebuild.After(figure, shared.Replace("  en: The national-funds share", "  en: Edited The national-funds share", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuild.Last, d => d.Message == Unlinked);
        rebuild.After(figure, figureText);
        Assert.Contains(rebuild.Last, d => d.Message == Unlinked);
    }

    [Fact]
    public void Parts_over_their_whole_are_reported_where_they_are_written_after_edits_to_prose_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var over = File.ReadAllText(figure).Replace("amount: 145억원", "amount: 400억원", StringComparison.Ordinal);

        rebuild.After(figure, over);
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("the parts of 'hydrogen-pilot-city-total' add up to", StringComparison.Ordinal));

        // Prose only, on its line: the check of the figures together is kept. Then a line more above part_of, where
        // the problem is reported: it is checked again.
        rebuild.After(figure, over.Replace("  en: The national-funds share", "  en: Edited The national-funds share", StringComparison.Ordinal));
        rebuild.After(figure, over.Replace("  en: The national-funds share", "  en: >-\n    The national-funds share", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("the parts of 'hydrogen-pilot-city-total' add up to", StringComparison.Ordinal) && d.Where.Line == 18);

        rebuild.After(figure, File.ReadAllText(figure).Replace("amount: 400억원", "amount: 145억원", StringComparison.Ordinal).Replace("  en: >-\n    The", "  en: The", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_link_to_a_page_that_comes_and_goes_is_checked_again_in_a_page_that_did_not_change()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var about = Path.Combine(project.Content, "pages", "about.en.md");
        var (extra, extraEn) = (Path.Combine(project.Content, "pages", "extra.ko.md"), Path.Combine(project.Content, "pages", "extra.en.md"));
        var aboutText = File.ReadAllText(about);

        rebuild.After(about, aboutText.Replace("on the [How figures are read](/en/method/) page", "on the [How figures are read](/en/method/) and [extra](../extra/) pages", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message == "link '../extra/' goes to no page of the site");

        // A new page: the site's paths change, and the link in about.en.md, not saved again, now lands on it.
        rebuild.After(extra, "---\ntitle: 더 읽을거리\n---\n허브워치의 다른 글.\n");
        rebuild.After(extraEn, "---\ntitle: Further reading\n---\nOther writing of Hubwatch.\n");
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        // Its prose edited, the paths are the same; then gone, and the link goes nowhere again.
        rebuild.After(extra, "---\ntitle: 더 읽을거리\n---\n허브워치의 다른 글들.\n");
        rebuild.Delete(extraEn);
        rebuild.Delete(extra);
        Assert.Contains(rebuild.Last, d => d.Message == "link '../extra/' goes to no page of the site");
        rebuild.After(about, aboutText);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_symbolic_link_that_appears_is_reported_and_cleared_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var link = Path.Combine(project.Content, "hubs", "elsewhere.yaml");
        var folderLink = Path.Combine(project.Content, "partners", "more");

        rebuild.Link(link, Path.Combine(project.Content, "hubs", "jeonju.yaml"));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("symbolic link to", StringComparison.Ordinal));

        // Still there while another file is saved: the check that found it looks at everything again.
        var hub = Path.Combine(project.Content, "hubs", "jeonju.yaml");
        rebuild.After(hub, File.ReadAllText(hub));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("symbolic link to", StringComparison.Ordinal));

        rebuild.Delete(link);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        // A link to a folder, named like a file; then gone again.
        rebuild.Link(folderLink, project.Root);
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("symbolic link to", StringComparison.Ordinal));
        rebuild.Delete(folderLink);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_figures_page_kept_from_the_last_plan_shows_its_hubs_new_name_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var hub = Path.Combine(project.Content, "hubs", "jeonju.yaml");
        var hubText = File.ReadAllText(hub);
        const string Page = "en/funding/hydrogen-pilot-city-national-funds/index.html";

        // The figure is not saved: its page's plan is kept, and must build from the site as it is now.
        rebuild.After(hub, hubText.Replace("en: \"Jeonju and Jeonbuk Innovation City\"", "en: \"Jeonju Renamed City\"", StringComparison.Ordinal));
        Assert.Contains("Jeonju Renamed City", rebuild.Page(Page), StringComparison.Ordinal);

        rebuild.After(hub, hubText);
        Assert.DoesNotContain("Jeonju Renamed City", rebuild.Page(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_added_before_the_others_is_checked_and_the_others_kept_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(project.Content, "funding", "hydrogen-pilot-city-national-funds.yaml");
        var added = Path.Combine(project.Content, "funding", "aaa-added-figure.yaml");

        // Every figure after it moves one place: what was kept for each is found by the record, not its place.
        rebuild.After(added, File.ReadAllText(figure).Replace("id: hydrogen-pilot-city-national-funds", "id: aaa-added-figure", StringComparison.Ordinal).Replace("hub: jeonju", "hub: nowhere", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message == "unknown hub 'nowhere'");

        // The same figure twice, the copy first: the figure that did not change is reported as repeating it.
        rebuild.After(added, File.ReadAllText(figure).Replace("id: hydrogen-pilot-city-national-funds", "id: aaa-added-figure", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("'hydrogen-pilot-city-national-funds' repeats the figure 'aaa-added-figure'", StringComparison.Ordinal));
        rebuild.Delete(added);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_programs_new_owner_lists_it_and_is_linked_to_its_hubs_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var program = Path.Combine(project.Content, "programs", "drone-industry-innovation-support-centre.yaml");
        var text = File.ReadAllText(program);
        const string Page = "en/partners/msit/index.html";
        Assert.DoesNotContain("Drone Industry Innovation Support Centre", rebuild.Page(Page), StringComparison.Ordinal);

        // Only the owner changes: the links between hubs, partners and programs are made again, not kept.
        rebuild.After(program, text.Replace("owner: jeonju-city", "owner: msit", StringComparison.Ordinal));
        Assert.Contains("Drone Industry Innovation Support Centre", rebuild.Page(Page), StringComparison.Ordinal);

        rebuild.After(program, text);
        Assert.DoesNotContain("Drone Industry Innovation Support Centre", rebuild.Page(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_added_to_a_folder_last_changed_long_ago_is_read_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var folder = Path.Combine(project.Content, "funding");
        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow.AddMinutes(-10));
        var rebuild = new Rebuilds(project);
        var figure = Path.Combine(folder, "hydrogen-pilot-city-national-funds.yaml");
        var text = File.ReadAllText(figure);

        // Saving a file leaves the folder as it was, so its listing is kept; adding one changes the folder, which is listed again.
        rebuild.After(figure, text.Replace("  en: The national-funds share", "  en: Edited The national-funds share", StringComparison.Ordinal));
        var added = Path.Combine(folder, "zzz-added-figure.yaml");
        rebuild.After(added, text.Replace("id: hydrogen-pilot-city-national-funds", "id: zzz-added-figure", StringComparison.Ordinal).Replace("hub: jeonju", "hub: nowhere", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message == "unknown hub 'nowhere'");
        rebuild.Delete(added);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_program_put_on_a_hubs_list_runs_there_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var hub = Path.Combine(project.Content, "hubs", "gwangju.yaml");
        var text = File.ReadAllText(hub);
        const string Page = "en/programs/public-cloud-native-transition/index.html";
        Assert.DoesNotContain("Gwangju Free Economic Zone", rebuild.Page(Page), StringComparison.Ordinal);

        // The hub's prose edited: the links between hubs and programs are kept. Its programs edited: they are made again.
        rebuild.After(hub, text.Replace("\nsummary:\n  ko: >-\n    ", "\nsummary:\n  ko: >-\n    수정된 ", StringComparison.Ordinal));
        rebuild.After(hub, text.Replace("  - free-economic-zone\n", "  - free-economic-zone\n  - public-cloud-native-transition\n", StringComparison.Ordinal));
        Assert.Contains("Gwangju Free Economic Zone", rebuild.Page(Page), StringComparison.Ordinal);

        rebuild.After(hub, text);
        Assert.DoesNotContain("Gwangju Free Economic Zone", rebuild.Page(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partners_quote_and_seed_that_go_wrong_are_reported_and_cleared_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var partner = Path.Combine(project.Content, "partners", "norway-embassy.yaml");
        var text = File.ReadAllText(partner);

        // The other partners keep their checks; this one's citations are checked again.
        rebuild.After(partner, text.Replace("quote: \"프로데 술베르그", "quote: \"없는 말 프로데 술베르그", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("quote not found in seed", StringComparison.Ordinal) && d.Where.Path.EndsWith("norway-embassy.yaml", StringComparison.Ordinal));
        rebuild.After(partner, ReplaceFirst(text, "seed: ", "seed: x"));
        Assert.Contains(rebuild.Last, d => d.Message.StartsWith("unknown seed 'x", StringComparison.Ordinal));
        rebuild.After(partner, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_translation_edited_removed_and_put_back_shows_on_the_pages_that_cite_it_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var seed = Path.Combine(project.Root, "seeds", "004_827615ef6795187c.yaml");
        var text = File.ReadAllText(seed);
        const string English = "A total of 32 billion won, including 14.5 billion won of national funds";
        Assert.Contains(English, text);

        rebuild.After(seed, text.Replace(English, "Thirty-two billion won in all", StringComparison.Ordinal));
        Assert.Contains("Thirty-two billion won in all", rebuild.Page("en/funding/hydrogen-pilot-city-total/index.html"));

        // The translation taken out: the passage is warned about where it is quoted, and the pages show it in Korean only.
        var start = text.IndexOf("  - ko: \"이 사업은 오는 2022년까지 3년간 국비 145억원 등 총 320억원이 투입된다\"", StringComparison.Ordinal);
        var end = text.IndexOf("\n  - ko: ", start + 1, StringComparison.Ordinal);
        rebuild.After(seed, text.Remove(start, end + 1 - start));
        Assert.Contains(rebuild.Last, d => d.Severity == Severity.Warning && d.Message.StartsWith("this passage of 004_827615ef6795187c has no English translation", StringComparison.Ordinal));
        Assert.DoesNotContain(English, rebuild.Page("en/funding/hydrogen-pilot-city-total/index.html"));

        rebuild.After(seed, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Warning && d.Message.Contains("no English translation", StringComparison.Ordinal));
        Assert.Contains(English, rebuild.Page("en/funding/hydrogen-pilot-city-total/index.html"));
    }

    [Fact]
    public void A_sources_date_changed_checks_the_records_that_read_it_again_and_its_translations_alone_check_none_as_a_full_build_does()
    {
        using var project = TempProject.FromRepository();
        var rebuild = new Rebuilds(project);
        var seed = Path.Combine(project.Root, "seeds", "000_42d1823d9c141a6c.yaml");
        var text = File.ReadAllText(seed);

        // "지난 2월" in a November 2023 article is February 2023; dated a year earlier, the cloud council's date is no longer stated.
        rebuild.After(seed, text.Replace("published: 2023-11-20", "published: 2022-11-20", StringComparison.Ordinal));
        Assert.Contains(rebuild.Last, d => d.Severity == Severity.Error && d.Where.Path.EndsWith("jeonbuk-cloud-council-2023.yaml", StringComparison.Ordinal));
        rebuild.After(seed, text);
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);

        rebuild.After(seed, text.Replace("en: \"Posted: 2023-11-20 18:57:09\"", "en: \"Posted on 2023-11-20 at 18:57:09\"", StringComparison.Ordinal));
        Assert.Contains("Posted on 2023-11-20 at 18:57:09", rebuild.Page("en/sources/000_42d1823d9c141a6c/index.html"));
        Assert.DoesNotContain(rebuild.Last, d => d.Severity == Severity.Error);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static string AddAlias(string yaml, string alias) =>
        yaml.Contains("aliases: [", StringComparison.Ordinal)
            ? yaml.Replace("aliases: [", $"aliases: [{alias}, ", StringComparison.Ordinal)
            : yaml.Replace("\ntype: ", $"\naliases: [{alias}]\ntype: ", StringComparison.Ordinal);

    /// <summary>One session's builds, each compared with a build from nothing of the same files.</summary>
    private sealed class Rebuilds
    {
        private readonly TempProject _project;
        private readonly BuildSettings _settings;
        private readonly BuildMemo _memo = new(keepsFiles: true);
        private Hubwatch.Rendering.SitePlan? _lastPlan;
        private static readonly Progress Quiet = new(TextWriter.Null, isQuiet: true, isVerbose: false);

        public Rebuilds(TempProject project)
        {
            _project = project;
            _settings = new BuildSettings { ContentDir = project.Content, TemplatesDir = Repo.Templates, IsQuiet = true };
            Last = Compare();
            Assert.DoesNotContain(Last, d => d.Severity == Severity.Error);
        }

        /// <summary>The diagnostics of the last rebuild.</summary>
        public IReadOnlyList<Diagnostic> Last { get; private set; }

        /// <summary>Saves <paramref name="text"/> to <paramref name="file"/>, rebuilds, and checks the rebuild against a full build.</summary>
        public void After(string file, string text)
        {
            File.WriteAllText(file, text);
            File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(2));
            _memo.Files!.ExpectChanges([file]);
            Last = Compare();
        }

        /// <summary>Makes <paramref name="path"/> a symbolic link to <paramref name="target"/>, rebuilds, and checks the rebuild against a full build.</summary>
        public void Link(string path, string target)
        {
            File.CreateSymbolicLink(path, target);
            _memo.Files!.ExpectChanges([path]);
            Last = Compare();
        }

        /// <summary>Deletes <paramref name="file"/> (or a link), rebuilds, and checks the rebuild against a full build.</summary>
        public void Delete(string file)
        {
            File.Delete(file);
            _memo.Files!.ExpectChanges([file]);
            Last = Compare();
        }

        /// <summary>The text of a file the last rebuild planned.</summary>
        public string Page(string path) => System.Text.Encoding.UTF8.GetString(_lastPlan!.Produce(path, new DiagnosticBag())!);

        // In the project's folder, as serve runs: diagnostics name files relative to it, and other tests move the current directory.
        private IReadOnlyList<Diagnostic> Compare() => _project.InRoot(CompareHere);

        private IReadOnlyList<Diagnostic> CompareHere()
        {
            var (plan, bag) = new BuildPipeline(_settings, Quiet, _memo).Plan();
            _lastPlan = plan;
            var (coldPlan, coldBag) = new BuildPipeline(_settings, Quiet).Plan();
            Assert.Equal(coldBag.Sorted().ToList(), bag.Sorted().ToList());
            Assert.Equal(coldPlan is null, plan is null);
            if (plan is not null && coldPlan is not null)
            {
                Assert.Equal(coldPlan.Paths.ToList(), plan.Paths.ToList());
                foreach (var path in coldPlan.Paths)
                {
                    Assert.True(coldPlan.Produce(path, new DiagnosticBag())!.AsSpan().SequenceEqual(plan.Produce(path, new DiagnosticBag())), $"{path} differs from a full build");
                }
            }

            return bag.Sorted();
        }
    }
}
