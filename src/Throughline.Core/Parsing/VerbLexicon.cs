using System.Text.RegularExpressions;

namespace Throughline.Core.Parsing;

/// <summary>The verbs key results are written with, and what each says about direction.</summary>
internal static partial class VerbLexicon
{
    private static readonly Dictionary<string, string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hire"] = "hired",
        ["recruit"] = "recruited",
        ["close"] = "closed",
        ["sign"] = "signed",
        ["onboard"] = "onboarded",
        ["publish"] = "published",
        ["ship"] = "shipped",
        ["launch"] = "launched",
        ["release"] = "released",
        ["migrate"] = "migrated",
        ["acquire"] = "acquired",
        ["complete"] = "completed",
        ["resolve"] = "resolved",
        ["win"] = "won",
        ["book"] = "booked",
        ["interview"] = "interviewed",
        ["conduct"] = "conducted",
        ["run"] = "run",
        ["train"] = "trained",
        ["certify"] = "certified",
        ["deploy"] = "deployed",
        ["automate"] = "automated",
        ["add"] = "added",
        ["open"] = "opened",
        ["host"] = "hosted",
        ["retire"] = "retired",
        ["decommission"] = "decommissioned",
        ["fix"] = "fixed",
        ["build"] = "built",
        ["create"] = "created",
        ["write"] = "written",
        ["produce"] = "produced",
        ["convert"] = "converted",
        ["activate"] = "activated",
        ["enroll"] = "enrolled",
        ["sell"] = "sold",
        ["process"] = "processed",
        ["review"] = "reviewed",
        ["audit"] = "audited",
        ["integrate"] = "integrated",
        ["implement"] = "implemented",
        ["roll out"] = "rolled out",
        ["enable"] = "enabled",
        ["upgrade"] = "upgraded",
        ["answer"] = "answered",
        ["handle"] = "handled",
        ["deflect"] = "deflected",
        ["fill"] = "filled",
        ["renew"] = "renewed",
        ["land"] = "landed",
        ["obtain"] = "obtained",
        ["collect"] = "collected",
        ["survey"] = "surveyed",
        ["document"] = "documented",
        ["send"] = "sent",
        ["deprecate"] = "deprecated",
        ["remove"] = "removed",
        ["partner with"] = "partnered with",
        ["deliver"] = "delivered",
        ["respond to"] = "responded to",
        ["onboard onto"] = "onboarded onto",
        ["qualify"] = "qualified",
        ["retain"] = "retained",
    };

    /// <summary>The first verb before <paramref name="limit"/> inside <paramref name="scope"/>; null when none.</summary>
    public static VerbMatch? Find(string text, TextRange scope, int limit)
    {
        var end = Math.Min(limit, scope.End);
        var m = VerbRegex().Match(text, scope.Start, Math.Max(0, end - scope.Start));
        while (m.Success && m.Groups["act"].Success && text[scope.Start..m.Index].Any(char.IsLetterOrDigit))
        {
            m = m.NextMatch();
        }

        if (!m.Success)
        {
            return null;
        }

        var particle = m.Groups["particle"].Value.Trim().ToLowerInvariant();
        var stop = m.Index + m.Length;
        if (m.Groups["mult"].Success)
        {
            var word = m.Groups["mult"].Value.ToLowerInvariant();
            var halve = word.StartsWith("halv", StringComparison.Ordinal);
            double multiple = word[0] switch { 'd' => 2, 't' => 3, 'q' => 4, _ => 2 };
            return new VerbMatch(m.Index, stop, halve ? VerbKind.Decrease : VerbKind.Increase, Multiple: multiple);
        }

        if (m.Groups["act"].Success)
        {
            var verb = m.Groups["act"].Value.ToLowerInvariant();
            var key = Participles.ContainsKey(verb + " " + particle) ? verb + " " + particle : verb;
            stop = key == verb ? m.Groups["act"].Index + m.Groups["act"].Length : stop;
            return new VerbMatch(m.Index, stop, VerbKind.Action, Participles.GetValueOrDefault(key, verb + "ed"));
        }

        var kind = particle switch
        {
            "down" => VerbKind.Decrease,
            "up" when !m.Groups["dec"].Success => VerbKind.Increase,
            _ => m.Groups["inc"].Success ? VerbKind.Increase
                : m.Groups["dec"].Success ? VerbKind.Decrease
                : m.Groups["keep"].Success ? VerbKind.Maintain
                : m.Groups["imp"].Success ? VerbKind.Improve
                : VerbKind.Achieve,
        };
        return new VerbMatch(m.Index, stop, kind);
    }

    [GeneratedRegex(
        @"(?<![\p{L}\-])(?<!\bto\s)(?:(?<mult>doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))"
        + @"|(?<inc>increas(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|maximi[sz](?:e|es|ed|ing)|driv(?:e|es|ing)|scal(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|ramp(?:s|ed|ing)?|push(?:es|ed|ing)?)"
        + @"|(?<dec>reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|shrink(?:s|ing)?|shrunk|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|minimi[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|shorten(?:s|ed|ing)?|lessen(?:s|ed|ing)?|compress(?:es|ed|ing)?)"
        + @"|(?<keep>maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept|sustain(?:s|ed|ing)?|hold(?:s|ing)?|held|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|preserv(?:e|es|ed|ing))"
        + @"|(?<imp>improv(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|better|speed(?=\s+up)|accelerat(?:e|es|ed|ing))"
        + @"|(?<ach>reach(?:es|ed|ing)?|hit(?:s|ting)?|achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|get(?:s|ting)?(?:\s+to(?!\s+(?:the\s+)?\d))?|generat(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|earn(?:s|ed|ing)?|bring(?:s|ing)?|mak(?:e|es|ing)|cross(?:es|ed|ing)?|break(?:s|ing)?|top)"
        + @"|(?<act>hire|recruit|close|sign|onboard|publish|ship|launch|release|migrate|acquire|complete|resolve|win|book|interview|conduct|run|train|certify|deploy|automate|add|open|host|retire|decommission|fix|build|create|write|produce|convert|activate|enroll|sell|process|review|audit|integrate|implement|roll|enable|upgrade|answer|handle|deflect|fill|renew|land|obtain|collect|survey|document|send|deprecate|remove|partner|deliver|respond|qualify|retain)(?!\s+(?:time|times|rate|rates|success|failures?|volume|queue|costs?|duration|speed|quality|size|count|frequency|cadence|velocity|backlog|coverage)\b))"
        + @"(?<particle>\s+(?:up|down|out|with|to))?(?![\p{L}\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();
}
