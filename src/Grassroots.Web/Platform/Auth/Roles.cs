namespace Grassroots.Web.Platform.Auth;

/// <summary>Roles held on a unit (docs/domain.md, "Who may do what"); each reaches the unit's whole subtree.</summary>
public enum Role
{
    Administrator,
    Head,
    Officer,
    ReportClerk,
    SteeringCommittee,
    Supervisor,
}

/// <summary>What an endpoint or page asks of the caller on a unit.</summary>
public enum Permission
{
    /// <summary>See the unit and the data it owns.</summary>
    View,

    /// <summary>Record and change the unit's own work (receptions, letters, reports...).</summary>
    Edit,

    /// <summary>Create, rename, merge and split units, and enter their lineage.</summary>
    ManageUnits,

    /// <summary>Create accounts and grant roles on the unit's subtree.</summary>
    ManageAccounts,

    /// <summary>Read the audit log of the unit's subtree.</summary>
    ViewAudit,

    /// <summary>Enter the year's government decisions into the national working calendar (held on the root unit).</summary>
    ManageCalendar,

    /// <summary>
    /// See a denouncer's identity and papers: only the person competent to settle the denunciation — the head of the unit
    /// that holds the letter, on that unit itself, not from a unit above it and not as an administrator (LTC Điều 8
    /// khoản 3, Điều 47, Điều 56; docs/legal.md, LTC-IDENTITY). Every read is audited with its reason.
    /// </summary>
    RevealConfidential,

    /// <summary>Recognise the result of a community's direct decision (the commune chairman, L10 Điều 21–22).</summary>
    RecogniseDecisions,

    /// <summary>
    /// Find and export everything the platform holds about one person in the unit's subtree, on that person's request
    /// (docs/personal-data.md). Every search is audited. Never a denouncer's sealed identity.
    /// </summary>
    AnswerDataRequests,

    /// <summary>
    /// Open report periods over the unit's subtree, return or accept the reports its units send up, and write, sign and
    /// export the consolidated report: the steering committee, the staff who compile reports, the heads (docs/domain.md).
    /// </summary>
    ConsolidateReports,

    /// <summary>
    /// Write the supervision part of a unit's report (what the Fatherland Front and the People's Inspection Board supervised
    /// and recommended): the supervisors, beside those who write the whole report.
    /// </summary>
    WriteSupervision,

    /// <summary>
    /// Run a steering committee's work: its composition, the register of its bodies' documents, plans and tasks, inspections
    /// and concluding notices (Modules/Steering). The unit in charge of a task reports its progress with Edit.
    /// </summary>
    Steer,

    /// <summary>
    /// Issue and publish a criteria set for the units under the unit, appraise their self-assessments, record the council's
    /// decision and publish the ranking (Modules/Assessment): the head and the internal-affairs staff (Phòng Nội vụ) of the
    /// level above. A unit scores itself with <see cref="Edit"/>.
    /// </summary>
    Assess,
}

public static class RolePermissions
{
    public static bool Grants(this Role role, Permission permission) => role switch
    {
        Role.Administrator => permission is not Permission.RevealConfidential, // an administrator administers accounts, not cases
        Role.Head => permission is Permission.View or Permission.Edit or Permission.RevealConfidential or Permission.RecogniseDecisions or Permission.AnswerDataRequests
            or Permission.ConsolidateReports or Permission.Steer or Permission.Assess,
        Role.Officer => permission is Permission.View or Permission.Edit or Permission.AnswerDataRequests,
        Role.ReportClerk => permission is Permission.View or Permission.Edit or Permission.ConsolidateReports or Permission.Assess,
        Role.SteeringCommittee => permission is Permission.View or Permission.ConsolidateReports or Permission.Steer,
        Role.Supervisor => permission is Permission.View or Permission.WriteSupervision,
    };
}
