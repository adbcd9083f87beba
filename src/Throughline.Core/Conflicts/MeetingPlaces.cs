using Throughline.Core.Alignment;
using Throughline.Core.Model;

namespace Throughline.Core.Conflicts;

/// <summary>
/// Where two units meet in the organisation chart: the smallest unit above a team that holds other teams too, and at
/// most <see cref="MaxUnits"/> of them (a department, a tribe). Wider parts of the organisation are not where two
/// teams meet, and comparing every pair in them would grow with the square of their size.
/// </summary>
internal sealed class MeetingPlaces
{
    /// <summary>A part of the organisation with more teams than this is not where two of them meet.</summary>
    public const int MaxUnits = 15;

    private readonly AlignmentContext _context;
    private readonly Dictionary<string, int> _teamsUnder = new(StringComparer.Ordinal);

    public MeetingPlaces(AlignmentContext context)
    {
        _context = context;
        foreach (var unit in context.Teams.Select(AlignmentContext.UnitOf).Distinct(StringComparer.Ordinal))
        {
            var current = unit;
            for (var depth = 0; current is not null && depth < 12; depth++)
            {
                _teamsUnder[current] = _teamsUnder.GetValueOrDefault(current) + 1;
                current = context.FindUnit(current)?.Parent;
            }
        }
    }

    /// <summary>Every entry under each of its block keys: the blocks in which pairs of key results are formed.</summary>
    public static Dictionary<string, List<T>> Group<T>(IEnumerable<T> entries, Func<T, IEnumerable<string>> keys)
    {
        var blocks = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var key in keys(entry))
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    list = [];
                    blocks[key] = list;
                }

                list.Add(entry);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Where a unit's objective meets others: in support of each company objective it supports
    /// (<c>support of acme/O2</c>) and under the smallest unit above it that holds other teams (<c>unit growth</c>).
    /// </summary>
    public IEnumerable<string> Of(string unit, Objective objective)
    {
        foreach (var link in objective.Supports)
        {
            yield return $"support of {link.Target.ObjectiveRef}";
        }

        if (SmallestAbove(unit) is { } above)
        {
            yield return $"unit {above}";
        }
    }

    /// <summary>The smallest unit above <paramref name="unit"/> (below the company) that holds other teams too, or null.</summary>
    public string? SmallestAbove(string unit)
    {
        var parent = _context.FindUnit(unit)?.Parent;
        for (var depth = 0; parent is not null && depth < 8; depth++)
        {
            var count = _teamsUnder.GetValueOrDefault(parent);
            if (count > MaxUnits || _context.FindUnit(parent)?.Kind == UnitKind.Company)
            {
                return null;
            }

            if (count > 1)
            {
                return parent;
            }

            parent = _context.FindUnit(parent)?.Parent;
        }

        return null;
    }
}
