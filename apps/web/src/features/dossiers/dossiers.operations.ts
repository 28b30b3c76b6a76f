import { graphql } from '../../gql';

export const DOSSIER_FIELDS = graphql(`
  fragment DossierFields on Dossier {
    id
    year
    kind
    groupCode
    awardId
    awardTitle
    member {
      id
      code
      name
    }
    state
    deadline
    hasReport
    reportFileName
    coverLetter {
      number
      date
      signerName
      signerTitle
    }
    minutes {
      number
      date
      signerName
      signerTitle
    }
    submittedAt
    reason
    decidedAt
  }
`);

export const DOSSIER_STAGE = graphql(`
  query DossierStage($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    dossierStage(groupCode: $groupCode, year: $year, kind: $kind) {
      year
      kind
      periodState
      deadline
      closed
      dossiers {
        ...DossierFields
      }
      reportMissing {
        id
        code
        name
      }
      headToAct {
        id
      }
      boardToAct {
        id
      }
      decision {
        id
        number
        date
        signerName
        signerTitle
        grants {
          dossierId
          awardTitle
          member {
            id
            name
          }
        }
      }
    }
  }
`);

export const ACHIEVEMENT_FORM = graphql(`
  query AchievementForm($dossierId: ID!) {
    achievementForm(dossierId: $dossierId) {
      introduction
      achievements
      figures {
        label
        value
      }
      rank
      total
      titles
      signerTitle
      signerName
      prefilled
    }
  }
`);

export const OPEN_DOSSIERS = graphql(`
  mutation OpenDossiers($groupCode: String!, $year: Int!, $kind: PeriodKind!, $deadline: DateTime!) {
    openDossiers(groupCode: $groupCode, year: $year, kind: $kind, deadline: $deadline) {
      deadline
    }
  }
`);

export const SAVE_ACHIEVEMENT_REPORT = graphql(`
  mutation SaveAchievementReport($dossierId: ID!, $form: AchievementFormInput, $file: AchievementFileInput) {
    saveAchievementReport(dossierId: $dossierId, form: $form, file: $file) {
      ...DossierFields
    }
  }
`);

export const ATTACH_DOSSIER_DOCUMENTS = graphql(`
  mutation AttachDossierDocuments(
    $dossierId: ID!
    $coverLetter: AttachedDocumentInput!
    $minutes: AttachedDocumentInput!
  ) {
    attachDossierDocuments(dossierId: $dossierId, coverLetter: $coverLetter, minutes: $minutes) {
      ...DossierFields
    }
  }
`);

export const SUBMIT_DOSSIER = graphql(`
  mutation SubmitDossier($dossierId: ID!) {
    submitDossier(dossierId: $dossierId) {
      ...DossierFields
    }
  }
`);

export const DECIDE_DOSSIER = graphql(`
  mutation DecideDossier($dossierId: ID!, $outcome: DossierOutcome!, $reason: String) {
    decideDossier(dossierId: $dossierId, outcome: $outcome, reason: $reason) {
      ...DossierFields
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      number
    }
  }
`);

export const EXPORT_DOSSIER_ARCHIVE = graphql(`
  query ExportDossierArchive($dossierId: ID!) {
    exportDossierArchive(dossierId: $dossierId) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const EXPORT_DECISION = graphql(`
  query ExportDecision($groupCode: String!, $year: Int!, $kind: PeriodKind!, $format: DocumentFormat!) {
    exportDecision(groupCode: $groupCode, year: $year, kind: $kind, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const EXPORT_CERTIFICATE = graphql(`
  query ExportCertificate($dossierId: ID!, $format: DocumentFormat!) {
    exportCertificate(dossierId: $dossierId, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);
