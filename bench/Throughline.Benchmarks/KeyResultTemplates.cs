using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// Writes one key result the way real teams do: mostly catalogue outcomes with a baseline and target, plus the usual
/// mix of shipped outputs, vanity numbers, missing baselines, thresholds, deadlines, experiments, typos and metrics that
/// exist nowhere but in the team's head.
/// </summary>
internal sealed class KeyResultTemplates(Random random, Cycle cycle)
{
    private static readonly string[] Features =
    [
        "SSO (SAML, Okta + Azure AD)", "audit-log export", "the new pricing page", "dashboard version history", "a Snowflake connector",
        "scheduled Slack digests", "the guided setup wizard", "role templates", "embedded dashboards", "a usage-based billing add-on",
        "dark mode", "the public API v2", "row-level security", "the mobile app", "a dbt integration", "alerting on thresholds",
    ];

    private static readonly string[] Systems = ["Postgres 17", "Kubernetes", "the new billing service", "GitHub Actions", "Terraform", "the EU region"];

    private static readonly string[] FreeForm =
    [
        "reports exported per account", "saved filters per dashboard", "comments per active dashboard", "manual pipeline interventions",
        "admin tickets per 100 enterprise seats", "templates used per new workspace", "warehouse queries per seat", "partner-sourced deals",
        "contracts signed with no DPA redlines", "onboarding calls booked", "docs pages with a working example", "flaky tests in the main suite",
    ];

    private static readonly string[] Vanity =
    [
        "page views", "registered users", "newsletter subscribers", "social followers", "app downloads", "ad impressions", "signups",
    ];

    private static readonly string[] Verbs = ["Increase", "Grow", "Lift", "Raise", "Improve"];
    private static readonly string[] Reducers = ["Reduce", "Cut", "Bring down", "Lower"];

    private static readonly string[] Typos =
    [
        "Incrase week-1 activaton from 34% to 39%", "Grow trial convresion from 11.4% to 12.5%", "Reduce gros churn from 1.9% to 1.6%",
        "Improve custmer satisfaction from 88% to 92%", "Lift NRR from 104% to 106% (net revnue retention)",
    ];

    public KeyResult Create(OkrRef reference, string owner, CatalogueMetric focus)
    {
        var kr = new KeyResult { Ref = reference, Text = "", Owner = random.NextDouble() < 0.95 ? owner : null };
        var roll = random.Next(100);
        return roll switch
        {
            < 28 => CatalogueOutcome(kr, focus, structured: true, deadline: false),
            < 38 => CatalogueOutcome(kr, Pick(CatalogueMetric.All), structured: false, deadline: false),
            < 44 => CatalogueOutcome(kr, focus, structured: true, deadline: true),
            < 52 => MissingBaseline(kr, focus),
            < 59 => Threshold(kr, focus),
            < 71 => Output(kr),
            < 78 => VanityMetric(kr),
            < 89 => FreeFormMetric(kr),
            < 94 => Experiment(kr),
            < 97 => kr with { Text = Pick(Typos) },
            _ => kr with { Text = $"{Pick(Verbs)} {Pick(focus.Synonyms)}" },
        };
    }

    private KeyResult CatalogueOutcome(KeyResult kr, CatalogueMetric metric, bool structured, bool deadline)
    {
        var (from, to) = FromTo(metric);
        var verb = metric.Good == MetricDirection.Increase ? Pick(Verbs) : Pick(Reducers);
        var name = structured ? metric.Name.ToLowerInvariant() : Pick(metric.Synonyms);
        var due = deadline ? cycle.End.AddDays(-7 * random.Next(0, 6)) : (DateOnly?)null;
        var text = $"{verb} {name} from {Format(metric.Unit, from)} to {Format(metric.Unit, to)}"
            + (due is { } d ? $" by {d.ToString("MMM d", CultureInfo.InvariantCulture)}" : random.NextDouble() < 0.2 ? " by end of Q4" : "");
        return kr with
        {
            Text = text,
            Metric = structured ? metric.Id : null,
            MeasureUnit = structured ? metric.Unit : MeasureUnit.Unspecified,
            Direction = structured ? metric.Good : null,
            Baseline = structured ? from : null,
            Target = structured ? to : null,
            Deadline = due,
            Measurement = structured && random.NextDouble() < 0.5 ? new Measurement(metric.Source, null, $"{metric.Name} ({metric.Source})") : new Measurement(),
            Indicator = structured ? IndicatorKind.Lagging : null,
        };
    }

    private KeyResult MissingBaseline(KeyResult kr, CatalogueMetric metric)
    {
        var (_, to) = FromTo(metric);
        var verb = metric.Good == MetricDirection.Increase ? Pick(Verbs) : Pick(Reducers);
        return kr with { Text = $"{verb} {metric.Name.ToLowerInvariant()} to {Format(metric.Unit, to)}", Metric = metric.Id, Target = to, Direction = metric.Good };
    }

    private KeyResult Threshold(KeyResult kr, CatalogueMetric metric)
    {
        var atLeast = metric.Good == MetricDirection.Increase;
        var value = Round(metric.Level);
        return kr with
        {
            Text = $"Keep {metric.Name.ToLowerInvariant()} at or {(atLeast ? "above" : "below")} {Format(metric.Unit, value)} every week",
            Metric = metric.Id,
            Direction = MetricDirection.Maintain,
            Bound = atLeast ? TargetBound.AtLeast : TargetBound.AtMost,
            Target = value,
            MeasureUnit = metric.Unit,
        };
    }

    private KeyResult Output(KeyResult kr) => kr with
    {
        Text = random.Next(5) switch
        {
            0 => $"Ship {Pick(Features)} by {cycle.End.AddDays(-random.Next(10, 40)).ToString("MMM d", CultureInfo.InvariantCulture)}",
            1 => $"Launch {Pick(Features)} to all workspaces",
            2 => $"Migrate {Pick(Systems)} to {Pick(Systems)}",
            3 => $"Run {random.Next(3, 12)} customer webinars",
            _ => $"{Pick(Features)} available to all enterprise tenants",
        },
    };

    private KeyResult VanityMetric(KeyResult kr)
    {
        var from = random.Next(10, 500) * 100;
        var to = from + (from * random.Next(10, 60) / 100);
        var what = Pick(Vanity);
        return random.Next(2) == 0
            ? kr with { Text = $"Grow {what} from {Number(from)} to {Number(to)}", Baseline = from, Target = to }
            : kr with { Text = $"Reach {Number(to)} {what}", Target = to };
    }

    private KeyResult FreeFormMetric(KeyResult kr)
    {
        var what = Pick(FreeForm);
        var from = Math.Round(random.NextDouble() * 20 + 1, 1);
        var to = Math.Round(from * (random.Next(2) == 0 ? 1.4 : 0.6), 1);
        var verb = to > from ? "Increase" : "Reduce";
        return kr with
        {
            Text = random.Next(3) == 0 ? $"{char.ToUpperInvariant(what[0])}{what[1..]} from {Number(from)} to {Number(to)}" : $"{verb} {what} from {Number(from)} to {Number(to)} a week",
            Metric = random.Next(2) == 0 ? what : null,
            Baseline = from,
            Target = to,
            Direction = to > from ? MetricDirection.Increase : MetricDirection.Decrease,
        };
    }

    private KeyResult Experiment(KeyResult kr)
    {
        var threshold = random.Next(2) == 0 ? $"at least {random.Next(20, 60)}% of them finish it" : null;
        return kr with
        {
            Text = $"Test whether {Pick(Features)} helps new workspaces: put it in front of {random.Next(5, 30) * 10} accounts",
            IsRat = true,
            PassThreshold = threshold,
        };
    }

    private (double From, double To) FromTo(CatalogueMetric metric)
    {
        var from = Round(metric.Level * (0.9 + random.NextDouble() * 0.2));
        var change = 0.03 + random.NextDouble() * (random.Next(10) == 0 ? 0.8 : 0.2);
        var to = Round(metric.Good == MetricDirection.Increase ? from * (1 + change) : from * (1 - change));
        return metric.Unit == MeasureUnit.Percent ? (Math.Min(from, 99.9), Math.Min(to, 99.99)) : (from, to);
    }

    private static double Round(double value) => value >= 1_000_000 ? Math.Round(value / 10_000) * 10_000 : value >= 100 ? Math.Round(value) : Math.Round(value, 1);

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Format(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Percent => $"{Number(value)}%",
        MeasureUnit.Currency => value >= 1_000_000 ? $"${Number(value / 1_000_000)}M" : $"${Number(value)}",
        MeasureUnit.Days => $"{Number(value)} days",
        MeasureUnit.Hours => $"{Number(value)}h",
        MeasureUnit.Milliseconds => $"{Number(value)} ms",
        _ => Number(value),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
