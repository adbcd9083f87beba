using System.Text.Json;
using System.Text.Json.Serialization;
using Throughline.Core.Model;

namespace Throughline.Core.Knowledge;

/// <summary>
/// What Throughline knows about product and business metrics, as data: metrics with synonyms, families, good
/// directions and driver relations; tensions between metrics; and word lists (output verbs, vanity terms…).
/// The built-in base is embedded in the assembly (Knowledge/Data/*.json); a workspace's own metric catalogue
/// extends it with <see cref="WithCatalogue"/>.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(LoadEmbedded);
    private readonly Dictionary<string, KnownMetric> _byId;
    private readonly Dictionary<string, string> _inverses = new(StringComparer.Ordinal);
    private readonly MetricMatcher _matcher;

    private KnowledgeBase(IReadOnlyList<KnownMetric> metrics, IReadOnlyList<MetricTension> tensions, IReadOnlyDictionary<string, IReadOnlyList<string>> wordLists, IReadOnlyList<FamilyTheme> families, LeverCatalogue levers)
    {
        Metrics = metrics;
        Tensions = tensions;
        WordLists = wordLists;
        Families = families;
        Levers = levers;
        _byId = metrics.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var metric in metrics.Where(m => m.Inverse is not null))
        {
            _inverses[metric.Id] = metric.Inverse!;
            _inverses[metric.Inverse!] = metric.Id;
        }
        _matcher = new MetricMatcher(metrics, wordLists.TryGetValue("qualified_heads", out var heads) ? heads : []);
    }

    /// <summary>The built-in knowledge base.</summary>
    public static KnowledgeBase BuiltIn => Embedded.Value;

    /// <summary>Every known metric.</summary>
    public IReadOnlyList<KnownMetric> Metrics { get; }

    /// <summary>Pairs of metrics that trade off.</summary>
    public IReadOnlyList<MetricTension> Tensions { get; }

    /// <summary>What each metric family is about in words, and which families it usually moves.</summary>
    public IReadOnlyList<FamilyTheme> Families { get; }

    /// <summary>Levers key results pull ("cutting cost", "charging more") and the tensions between them.</summary>
    public LeverCatalogue Levers { get; }

    /// <summary>Named word lists, e.g. <c>output_verbs</c>, <c>outcome_verbs</c>, <c>vanity_terms</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WordLists { get; }

    /// <summary>A word list by name; empty when the base has none of that name.</summary>
    public IReadOnlyList<string> Words(string list) => WordLists.TryGetValue(list, out var words) ? words : [];

    /// <summary>The metric with this id, or null.</summary>
    public KnownMetric? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The metric best matching <paramref name="text"/>, or null when none matches well enough.</summary>
    public MetricMatch? Match(string? text) => string.IsNullOrWhiteSpace(text) ? null : _matcher.Match(text).FirstOrDefault();

    /// <summary>The metrics matching <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<MetricMatch> MatchAll(string? text, int max = 3) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. _matcher.Match(text).Take(max)];

    /// <summary>The metric measuring the same outcome the other way round (churn for retention), or null.</summary>
    public string? InverseOf(string id) => _inverses.GetValueOrDefault(id);

    /// <summary>Metrics that <paramref name="id"/> drives, directly.</summary>
    public IEnumerable<KnownMetric> Driven(string id) =>
        Find(id) is { } metric ? metric.Drives.Select(Find).OfType<KnownMetric>() : [];

    /// <summary>Metrics that drive <paramref name="id"/>, directly.</summary>
    public IEnumerable<KnownMetric> DriversOf(string id) => Metrics.Where(m => m.Drives.Contains(id, StringComparer.Ordinal));

    /// <summary>
    /// This base extended with a workspace's metric catalogue. A catalogue metric whose name or a synonym matches a
    /// built-in metric inherits its family, direction, drivers and vanity flag; the rest become new metrics in the
    /// family their names suggest.
    /// </summary>
    public KnowledgeBase WithCatalogue(IReadOnlyList<MetricDefinition> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (catalogue.Count == 0)
        {
            return this;
        }

        var added = new List<KnownMetric>();
        foreach (var definition in catalogue)
        {
            var builtIn = Match(definition.Name) ?? definition.Synonyms.Select(s => Match(s)).OfType<MetricMatch>().MaxBy(m => m.Score);
            var like = builtIn is { Score: >= 0.8 } ? builtIn.Metric : null;
            added.Add(new KnownMetric
            {
                Id = definition.Id,
                Name = definition.Name,
                Family = like?.Family ?? MetricFamily.Engagement,
                Synonyms = [.. definition.Synonyms, .. like is null ? [] : new[] { like.Name }.Concat(like.Synonyms)],
                Unit = definition.MeasureUnit != MeasureUnit.Unspecified ? definition.MeasureUnit : like?.Unit ?? MeasureUnit.Unspecified,
                GoodDirection = definition.GoodDirection ?? like?.GoodDirection,
                Indicator = definition.Indicator ?? like?.Indicator,
                IsVanity = like?.IsVanity ?? false,
                VanityNote = like?.VanityNote,
                Drives = like?.Drives ?? [],
                FromCatalogue = true,
                Measurement = definition.Measurement,
                Like = like?.Id,
            });
        }

        return new KnowledgeBase([.. added, .. Metrics], Tensions, WordLists, Families, Levers);
    }

    /// <summary>Builds a knowledge base from data (tests and extensions).</summary>
    public static KnowledgeBase Create(
        IReadOnlyList<KnownMetric> metrics,
        IReadOnlyList<MetricTension> tensions,
        IReadOnlyDictionary<string, IReadOnlyList<string>> wordLists,
        IReadOnlyList<FamilyTheme>? families = null,
        LeverCatalogue? levers = null) =>
        new(metrics, tensions, wordLists, families ?? [], levers ?? LeverCatalogue.Empty);

    private static KnowledgeBase LoadEmbedded()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        var metrics = Read<List<KnownMetric>>("metrics.json", options) ?? [];
        var tensions = Read<List<MetricTension>>("tensions.json", options) ?? [];
        var families = Read<List<FamilyTheme>>("families.json", options) ?? [];
        var levers = Read<LeverCatalogue>("levers.json", options) ?? LeverCatalogue.Empty;
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in typeof(KnowledgeBase).Assembly.GetManifestResourceNames().Where(n => n.Contains(".Knowledge.Data.words.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = resource[(resource.IndexOf(".Knowledge.Data.", StringComparison.Ordinal) + ".Knowledge.Data.".Length)..];
            foreach (var (name, words) in Read<Dictionary<string, List<string>>>(file, options) ?? [])
            {
                lists[name] = words;
            }
        }

        return new KnowledgeBase(metrics, tensions, lists, families, levers);
    }

    private static T? Read<T>(string file, JsonSerializerOptions options)
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".Knowledge.Data." + file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded knowledge file '{file}' is missing from the build");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, options);
    }
}
