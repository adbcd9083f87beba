namespace Throughline.Benchmarks;

/// <summary>
/// The size of a generated organisation. Give either a number of key results (units follow, about 12 KRs a unit) or a
/// number of units (key results follow); the same spec and seed always give the same workspace.
/// </summary>
internal sealed record OrganisationSpec
{
    /// <summary>Stop after this many key results in the current cycle (the last objective may be cut short).</summary>
    public int? KeyResults { get; init; }

    /// <summary>Stop after this many units, the company and departments included.</summary>
    public int? Units { get; init; }

    /// <summary>Random seed; fixed so every run measures the same organisation.</summary>
    public int Seed { get; init; } = 20261124;

    /// <summary>Years of weekly history for every catalogue metric, ending the week before the cycle starts.</summary>
    public int HistoryYears { get; init; } = 3;

    /// <summary>Teams per department.</summary>
    public int TeamsPerDepartment { get; init; } = 20;

    public static OrganisationSpec ForKeyResults(int keyResults)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keyResults, 1);
        return new OrganisationSpec { KeyResults = keyResults };
    }

    public static OrganisationSpec ForUnits(int units)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        return new OrganisationSpec { Units = units };
    }
}
