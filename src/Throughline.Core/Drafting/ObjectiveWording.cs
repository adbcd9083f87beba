using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>
/// Words a drafted objective in outcome language specific to the unit's area (seed 004: qualitative, about the change
/// for customers or the business, not the work): the outcome follows from the family of the objective's lead metric,
/// the place from the unit's area.
/// </summary>
internal static class ObjectiveWording
{
    /// <summary>The objective title.</summary>
    public static string Title(OrgUnit unit, KnownMetric lead)
    {
        var area = Place(unit);
        if (lead.FromCatalogue && lead.Like is null)
        {
            // A catalogue metric like no built-in one has only a default family: say what it measures instead.
            return $"More customers get value from {area}, visible in {Lower(lead.Name)}";
        }

        return lead.Family switch
        {
            MetricFamily.Acquisition => $"More of the right customers discover us and start through {area}",
            MetricFamily.Activation => $"New customers reach first value quickly through {area}",
            MetricFamily.Engagement => $"Customers make {area} part of their weekly work",
            MetricFamily.Retention => $"Customers stay because {area} keeps delivering value",
            MetricFamily.Revenue => $"Customers see enough value in {area} to pay and grow with us",
            MetricFamily.Satisfaction => $"Customers are glad they chose us every time they use {area}",
            MetricFamily.Reliability => $"Customers can count on {area} working every time",
            MetricFamily.Speed => $"Customers get answers from {area} without waiting",
            MetricFamily.Cost => $"{Capitalise(area)} serves every customer at a cost we can sustain",
            MetricFamily.Quality => $"Customers trust what {area} gives them",
            MetricFamily.Security => $"Security-conscious customers trust {area} and adopt it without long reviews",
            MetricFamily.People => $"People who build {area} grow and stay",
            MetricFamily.Support => $"Customers get their problems solved quickly through {area}",
            MetricFamily.Finance => $"{Capitalise(area)} turns what customers owe into cash on time",
            _ => $"Customers get more value from {area}",
        };
    }

    /// <summary>The "so that" line: the company objective it advances.</summary>
    public static string Why(IEnumerable<Objective> companies)
    {
        var quoted = companies.Distinct().Select(c => $"\"{c.Title}\" ({c.Ref})").ToList();
        return quoted.Count == 1
            ? $"so that the company objective {quoted[0]} moves through metrics this team controls"
            : $"so that the company objectives {string.Join(" and ", quoted)} move through metrics this team controls";
    }

    /// <summary>The unit's area, shortened to its first clause and lower-cased, or the unit's name.</summary>
    private static string Place(OrgUnit unit)
    {
        if (string.IsNullOrWhiteSpace(unit.Area))
        {
            return unit.Name;
        }

        var area = unit.Area.Trim().TrimEnd('.');
        var cut = area.IndexOfAny([';', '(', ':']);
        area = cut > 0 ? area[..cut].Trim() : area;
        var dash = area.IndexOf(" - ", StringComparison.Ordinal);
        area = dash > 0 ? area[..dash].Trim() : area;
        if (area.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            // A long list of surfaces reads badly in a title: name the unit's area instead.
            return $"the {unit.Name} area";
        }

        var first = area.Split(' ')[0];
        var keepCase = first.Length > 1 && first.Skip(1).Any(char.IsUpper);
        area = keepCase ? area : char.ToLowerInvariant(area[0]) + area[1..];
        return first.ToLowerInvariant() is "the" or "a" or "an" or "our" or "their" or "every" or "all" ? area : "the " + area;
    }

    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
