using System.Text;
using Hubwatch.Content;
using Markdig;

namespace Hubwatch.Model.Search;

/// <summary>
/// Builds the search index of one language from the site model: hubs, programs, partners (with their aliases),
/// agreements, funding figures, source documents (with their full text, and in English the translations of their cited passages) and free pages, each linked to the
/// place on the site that shows it. Documents are numbered kind by kind in <see cref="KindOrder"/>, and within a
/// kind by the length of their titles, so that the lower number wins a tie between results (see <see cref="SearchQuery"/>)
/// and a document's kind follows from its number.
/// </summary>
public sealed class SearchIndexBuilder(SiteModel site, Strings strings, Language language)
{
    /// <summary>Result kinds in the order that breaks ties: a hub is the page most readers look for.</summary>
    public static readonly IReadOnlyList<RecordKind> KindOrder =
        [RecordKind.Hub, RecordKind.Program, RecordKind.Partner, RecordKind.Agreement, RecordKind.Funding, RecordKind.Source, RecordKind.Page];

    // Editors' Markdown is read as plain text: raw HTML stays text, links keep their words.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseEmphasisExtras().Build();

    private ContentSet Content => site.Index.Content;

    public SearchIndex Build()
    {
        var docs = new List<SearchDocument>();
        docs.AddRange(Content.Hubs.Select(Hub));
        docs.AddRange(Content.Programs.Select(Program));
        docs.AddRange(Content.Partners.Select(Partner));
        docs.AddRange(Content.Agreements.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).Select(Agreement));
        docs.AddRange(Content.Funding.Select(Funding));
        docs.AddRange(Content.Seeds.Select(Source));
        docs.AddRange(Content.Pages.Where(p => p.Language == language).OrderBy(p => p.Id, StringComparer.Ordinal).Select(Page));
        if (docs.Count != DocumentCount)
        {
            throw new InvalidOperationException($"the search index has {docs.Count} documents where {DocumentCount} were planned");
        }

        // A stable sort: documents of one kind and title length keep the order they were added in.
        docs = [.. docs.OrderBy(d => d.Kind).ThenBy(d => d.Title.Length)];

        var terms = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < docs.Count; number++)
        {
            var doc = docs[number];
            var fields = new SortedDictionary<string, int>(StringComparer.Ordinal);
            void Add(string text, int field)
            {
                foreach (var term in SearchText.Terms(text))
                {
                    fields[term] = fields.GetValueOrDefault(term) | field;
                }
            }

            Add(doc.Title, SearchIndex.TitleField);
            Add(doc.Names, SearchIndex.NamesField);
            Add(doc.Text, SearchIndex.TextField);
            foreach (var (term, mask) in fields)
            {
                if (!terms.TryGetValue(term, out var postings))
                {
                    terms[term] = postings = [];
                }

                postings.Add(number << SearchIndex.FieldBits | mask);
            }
        }

        var kinds = KindOrder.Select(k => new SearchKind(KindId(k), strings.Get(language, "search.kinds." + KindId(k)))).ToArray();
        var sorted = new SortedDictionary<string, int[]>(terms.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal), StringComparer.Ordinal);
        return new SearchIndex(language.Code(), kinds, docs, sorted);
    }

    /// <summary>How many documents the index holds, known without building it: the build names the index's files by it.</summary>
    public int DocumentCount =>
        Content.Hubs.Length + Content.Programs.Length + Content.Partners.Length + Content.Agreements.Length + Content.Funding.Length
        + Content.Seeds.Length + Content.Pages.Count(p => p.Language == language);

    public static string KindId(RecordKind kind) => kind.ToString().ToLowerInvariant();

    private SearchDocument Hub(Hub hub) => Doc(
        Routes.Hub(hub.Id), RecordKind.Hub, hub.Name[language],
        Join(hub.Name[language.Other()], hub.Region[language], hub.Province[language]),
        Join(
            hub.Summary[language],
            Join(hub.KeyFigures.Select(k => $"{k.Label[language]}: {k.Value[language]}")),
            PlainText(hub.Body[language]),
            hub.Note?[language]),
        [hub.Region.Ko, hub.Province.Ko]);

    private SearchDocument Program(HubProgram program) => Doc(
        Routes.Program(program.Id), RecordKind.Program, program.Name[language],
        program.Name[language.Other()],
        Join(T("program_scope." + program.Scope.Code()), program.Summary[language], PlainText(program.Body[language])));

    private SearchDocument Partner(Partner partner) => Doc(
        Routes.Partner(partner.Id), RecordKind.Partner, partner.Name[language],
        Join([partner.Name[language.Other()], .. partner.Aliases.Where(a => a != partner.Name.Ko)]),
        Join(T("partner_type." + partner.Type.Code()), partner.Summary?[language]));

    private SearchDocument Agreement(Agreement agreement)
    {
        var parties = agreement.Parties.Select(p =>
        {
            var name = site.Index.Partners[site.PartnerId(p.Partner)].Name[language];
            return p.Undertakes is { } undertakes ? $"{name}: {undertakes[language]}" : name;
        });
        return Doc(
            Routes.Agreement(agreement.Id), RecordKind.Agreement, agreement.Title[language],
            agreement.Title[language.Other()],
            Join(
                $"{DateFormatter.Format(agreement.Date, language)} · {T("agreement_kind." + agreement.Kind.Code())} · {site.Index.Hubs[agreement.Hub.Id].Name[language]}",
                agreement.Summary[language],
                agreement.Note?[language],
                Join(parties)));
    }

    private SearchDocument Funding(Funding funding)
    {
        var funder = funding.Funder is { } f ? site.Index.Partners[site.PartnerId(f)].Name[language] : null;
        return Doc(
            Routes.FundingFigure(funding.Id), RecordKind.Funding, funding.Title[language],
            funding.Title[language.Other()],
            Join(
                $"{MoneyFormatter.Format(funding.Amount, language)} ({funding.AmountAsWritten}) · {T("funder_kind." + funding.FunderKind.Code())}",
                funder,
                Join(funding.Hubs.Select(h => site.Index.Hubs[h.Id].Name[language])),
                funding.Purpose[language],
                funding.Note?[language]));
    }

    /// <summary>A source by its full text; in English also by the editors' translations of the passages the content cites from it.</summary>
    private SearchDocument Source(Seed seed) => Doc(
        Routes.Source(seed.Id), RecordKind.Source, seed.Title[language],
        Join(seed.Title[language.Other()], seed.Publisher[language], seed.Publisher[language.Other()]),
        language == Language.Ko ? seed.Text : Join([.. seed.Translations.Select(t => t.English), seed.Text]));

    private SearchDocument Page(TextPage page) => Doc(Routes.Page(page.Id), RecordKind.Page, page.Title, "", PlainText(page.Body));

    private SearchDocument Doc(string route, RecordKind kind, string title, string names, string text, IReadOnlyList<string>? places = null) =>
        new(
            site.Urls.Page(route, language),
            KindOrder.ToList().IndexOf(kind),
            Clean(title),
            Clean(names),
            Clean(text),
            places ?? []);

    private static string PlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, Markdown);

    /// <summary>One line of text from several, skipping empty parts; whitespace collapses so snippets read as prose.</summary>
    private static string Join(params IEnumerable<string?> parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private string T(string key) => strings.Get(language, key);
}
