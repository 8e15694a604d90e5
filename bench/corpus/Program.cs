using System.Globalization;
using Hubwatch.Bench.Corpus;

// hubwatch-corpus --seed <n> --size <N> --out <dir> [--hugo <dir>] [--shape default|issue]
// Writes a Hubwatch project (content/, seeds/) to --out and, with --hugo, the same corpus as Hugo content.
// --shape issue gives the proportions of the corpus issue 17 was measured on (at N = 10,000: 2,000 partners,
// 1,000 agreements, 200 sources): an agreement for every ten figures and a source for every fifty figures of a hub,
// where the default shape has one for every four and every ten.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

if (!options.TryGetValue("--size", out var sizeText) || !options.TryGetValue("--out", out var output)
    || !int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 10)
{
    Console.Error.WriteLine("usage: hubwatch-corpus --seed <n> --size <N ≥ 10> --out <dir> [--hugo <dir>] [--shape default|issue]");
    return 2;
}

var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;
var shape = options.GetValueOrDefault("--shape", "default");
var corpus = shape switch
{
    "default" => new CorpusBuilder(seed, size).Build(),
    "issue" => new CorpusBuilder(seed, size, figuresPerAgreement: 10, figuresPerSeed: 50).Build(),
    _ => null,
};
if (corpus is null)
{
    Console.Error.WriteLine($"unknown --shape '{shape}': use default or issue");
    return 2;
}

HubwatchWriter.Write(corpus, output);
if (options.TryGetValue("--hugo", out var hugo))
{
    HugoWriter.Write(corpus, hugo);
}

Console.Error.WriteLine(
    $"corpus seed {seed}, size {size}, shape {shape}: {corpus.Hubs.Count} hubs, {corpus.Programs.Count} programs, {corpus.Partners.Count} partners, " +
    $"{corpus.Agreements.Count} agreements, {corpus.Funding.Count} funding figures, {corpus.Seeds.Count} seeds");
return 0;
