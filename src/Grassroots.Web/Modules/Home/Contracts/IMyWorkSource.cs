namespace Grassroots.Web.Modules.Home.Contracts;

/// <summary>
/// One line of "Việc của tôi": how many things wait (<see cref="Count"/>) and the page that lists exactly them
/// (<see cref="Href"/>, filtered the same way, so the count is what that page shows). Labels are resource keys: <see cref="LabelKey"/>
/// takes the count ("{0} đơn quá hạn"), <see cref="NoneKey"/> says calmly that there is nothing ("Không có đơn quá hạn").
/// <see cref="Urgent"/> marks a count past a legal or set limit. <see cref="Details"/>, when given, are the first few things
/// themselves (today's reception days, the reports to write), each with its own page.
/// </summary>
public sealed record MyWorkItem(string Key, int Count, string Href, string LabelKey, string NoneKey, bool Urgent = false,
    IReadOnlyList<MyWorkDetail>? Details = null);

/// <summary>One thing of a <see cref="MyWorkItem"/>: its name as the records hold it (a unit, a place, a report's title), where it is, and its limit if it has one.</summary>
public sealed record MyWorkDetail(string Text, string Href, DateOnly? DueOn = null);

/// <summary>A module's part of "Việc của tôi": its heading (a resource key) and its lines, drawn in <see cref="Order"/>.</summary>
public sealed record MyWorkGroup(string Key, int Order, string TitleKey, IReadOnlyList<MyWorkItem> Items);

/// <summary>
/// A module that has work waiting for the signed-in person on their landing page, over every unit their roles reach (the unit
/// scope decides: an officer's commune, a head's or a steering committee's whole subtree, rolled up). Answers null when the
/// person holds no permission to see that work. Implemented by Petitions, Reception and Reports; registered by its shape.
/// </summary>
public interface IMyWorkSource
{
    Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default);
}

/// <summary>
/// The limits a module keeps one by one, beyond the counts the landing page shows (each letter on the legal clock): read for
/// the signed-in person's calendar feed of deadlines, over the units their roles reach, soonest first, at most
/// <c>max</c>. Answers nothing when the person holds no permission to see that work. Implemented by Petitions.
/// </summary>
public interface IMyDeadlines
{
    /// <summary>The heading the limits go under (a resource key, as <see cref="MyWorkGroup.TitleKey"/>).</summary>
    string TitleKey { get; }

    Task<IReadOnlyList<MyWorkDetail>> DeadlinesAsync(int max, CancellationToken ct = default);
}
