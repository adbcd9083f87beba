using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Throughline.Core.Diagnostics;
using Throughline.Core.Quality.Review;
using Throughline.Core.Quality.Rules;

namespace Throughline.Cli.Commands.Check;

/// <summary>
/// Writes a quality review as a SARIF 2.1.0 log: one run whose driver lists every rule of the catalogue, and one
/// result per finding located at the YAML (or imported) file and line of the key result or objective, with paths
/// relative to the directory the check ran from so pull-request annotations land on the right lines.
/// </summary>
internal static class CheckSarif
{
    private const string SourceRoot = "%SRCROOT%";

    public static string Render(QualityReport report, string baseDirectory)
    {
        var catalogue = QualityRules.Catalogue;
        var index = catalogue.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var root = Path.GetFullPath(baseDirectory);
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray
            {
                new JsonObject
                {
                    ["tool"] = new JsonObject { ["driver"] = Driver(catalogue) },
                    ["originalUriBaseIds"] = new JsonObject { [SourceRoot] = new JsonObject { ["uri"] = new Uri(root.EndsWith('/') ? root : root + "/").AbsoluteUri } },
                    ["columnKind"] = "unicodeCodePoints",
                    ["results"] = new JsonArray([.. report.Findings.Select(f => (JsonNode)Result(f, index, root))]),
                    ["properties"] = new JsonObject { ["cycle"] = report.Cycle },
                },
            },
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Driver(IReadOnlyList<RuleDescriptor> catalogue)
    {
        var version = typeof(CheckSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new JsonObject
        {
            ["name"] = "throughline",
            ["semanticVersion"] = version.Split('+')[0],
            ["informationUri"] = "https://github.com/throughline/throughline/blob/main/docs/rules.md",
            ["rules"] = new JsonArray([.. catalogue.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = string.Concat(r.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
                ["shortDescription"] = new JsonObject { ["text"] = r.Title },
                ["fullDescription"] = new JsonObject { ["text"] = r.Why },
                ["help"] = new JsonObject { ["text"] = r.HowToFix },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.Severity) },
            })]),
        };
    }

    private static JsonObject Result(Finding finding, Dictionary<string, int> index, string root)
    {
        var location = new JsonObject
        {
            ["logicalLocations"] = new JsonArray { new JsonObject { ["fullyQualifiedName"] = finding.Target.ToString(), ["kind"] = "member" } },
        };
        if (finding.Where is { File.Length: > 0 } where)
        {
            var physical = new JsonObject { ["artifactLocation"] = Artifact(where.File, root) };
            if (where.Line > 0)
            {
                physical["region"] = where.Column > 0
                    ? new JsonObject { ["startLine"] = where.Line, ["startColumn"] = where.Column }
                    : new JsonObject { ["startLine"] = where.Line };
            }

            location["physicalLocation"] = physical;
        }

        return new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = index.TryGetValue(finding.RuleId, out var i) ? i : -1,
            ["level"] = Level(finding.Severity),
            ["message"] = new JsonObject { ["text"] = $"{finding.Message} Fix: {finding.Fix}" },
            ["locations"] = new JsonArray { location },
            ["partialFingerprints"] = new JsonObject { ["throughlineTarget/v1"] = $"{finding.RuleId}:{finding.Target}" },
            ["properties"] = new JsonObject { ["target"] = finding.Target.ToString(), ["evidence"] = finding.Evidence, ["fix"] = finding.Fix },
        };
    }

    /// <summary>A path under the root as a relative URI against %SRCROOT%; elsewhere an absolute file URI.</summary>
    private static JsonObject Artifact(string file, string root)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(root, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new JsonObject { ["uri"] = new Uri(full).AbsoluteUri };
        }

        var uri = string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
        return new JsonObject { ["uri"] = uri, ["uriBaseId"] = SourceRoot };
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
