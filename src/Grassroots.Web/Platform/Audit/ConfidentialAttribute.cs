namespace Grassroots.Web.Platform.Audit;

/// <summary>A property whose value never reaches the audit log, an export or a list (a denouncer's identity).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfidentialAttribute : Attribute;
