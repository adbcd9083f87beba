namespace Throughline.Workspace.Roadmap;

/// <summary>Which tool exported the CSV (from its header).</summary>
public enum RoadmapSource
{
    /// <summary>Jira: Summary, Issue key, Epic, Story Points / Original Estimate, Due date, Status, Labels, Team.</summary>
    Jira,

    /// <summary>Linear: Title, ID, Project, Estimate, Target date, Status, Team.</summary>
    Linear,
}
