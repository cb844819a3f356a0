namespace Grassroots.Web;

/// <summary>Marker for Resources/SharedResource.resx (Vietnamese, the neutral culture) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
