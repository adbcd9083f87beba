namespace Throughline.Workspace.Roadmap;

/// <summary>
/// The documented column mapping (docs/cli.md, "Roadmap import"): for each initiative field, the header names of Jira
/// and Linear CSV exports that fill it, compared without case, spaces, dashes or underscores. The first header present wins.
/// </summary>
internal static class RoadmapColumns
{
    public static readonly string[] Key = ["Issue key", "ID", "Identifier", "Key"];
    public static readonly string[] Title = ["Summary", "Title", "Name"];
    public static readonly string[] Description = ["Description"];
    public static readonly string[] Group = ["Epic", "Epic Link", "Custom field (Epic Link)", "Epic Name", "Parent summary", "Project"];
    public static readonly string[] Points = ["Story Points", "Custom field (Story Points)", "Story point estimate", "Custom field (Story point estimate)", "Estimate"];
    public static readonly string[] Duration = ["Original Estimate", "Original estimate"];
    public static readonly string[] Due = ["Due date", "Due Date", "Target date", "Due"];
    public static readonly string[] Status = ["Status"];
    public static readonly string[] Labels = ["Labels", "Label"];
    public static readonly string[] Team = ["Team", "Custom field (Team)", "Team Name"];
    public static readonly string[] DependsOn = ["Depends on", "Blocked by", "Inward issue link (Blocks)"];
}
