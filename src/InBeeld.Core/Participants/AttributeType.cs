namespace InBeeld.Core.Participants;

public enum AttributeType
{
    Text,
    Number,
    Choice,
    Date,
}
