namespace Grassroots.Web.Modules.Petitions.Contracts;

// The vocabulary of letters other modules speak too (reception hands letters over, reports count them by kind).
public enum PetitionKind
{
    Complaint,
    Denunciation,
    Recommendation,
    Reflection,
}

public enum PetitionChannel
{
    InPerson,
    Post,
    Portal,
    Hotline,
    NationalPortal,
    Transferred,
    VoterMeeting,
}
