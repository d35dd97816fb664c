namespace InBeeld.Core.Interviews;

public enum InterviewMode
{
    FaceToFace,
    Phone,
    Video,
}
