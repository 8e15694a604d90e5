using System.Globalization;
using Hubwatch.Bench.Corpus;

// hubwatch-corpus --seed <n> --size <N> --out <dir> [--hugo <dir>]
// Writes a Hubwatch project (content/, seeds/) to --out and, with --hugo, the same corpus as Hugo content.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

if (!options.TryGetValue("--size", out var sizeText) || !options.TryGetValue("--out", out var output)
    || !int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 10)
{
    Console.Error.WriteLine("usage: hubwatch-corpus --seed <n> --size <N ≥ 10> --out <dir> [--hugo <dir>]");
    return 2;
}

var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;
var corpus = new CorpusBuilder(seed, size).Build();
HubwatchWriter.Write(corpus, output);
if (options.TryGetValue("--hugo", out var hugo))
{
    HugoWriter.Write(corpus, hugo);
}

Console.Error.WriteLine(
    $"corpus seed {seed}, size {size}: {corpus.Hubs.Count} hubs, {corpus.Programs.Count} programs, {corpus.Partners.Count} partners, " +
    $"{corpus.Agreements.Count} agreements, {corpus.Funding.Count} funding figures, {corpus.Seeds.Count} seeds");
return 0;
