namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>Model of the shared action fields partial (new and edit forms).</summary>
public sealed record ActionFieldsView(ActionFormInput Input, StudyContext Context);
