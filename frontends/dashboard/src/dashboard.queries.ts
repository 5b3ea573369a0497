// The dashboard's two documents. `centres { stats }` fans out to every centre's own subgraph in
// parallel (a centre that is down nulls its own `stats`); `avrStats` comes from AVRR alone, so
// the return figures load, and fail, on their own.
import { graphql } from './__generated__/gql.js';

export const centreIndicatorsQuery = graphql(`
  query DashboardCentres($from: Date!, $to: Date!) {
    centres {
      code
      name
      stats(from: $from, to: $to) {
        openCases
        registrations
        registrationBreakdown {
          byNationality { nationality registrations suppressed }
          bySex { sex registrations suppressed }
          byAgeBand { ageBand registrations suppressed }
          byDestination { destination registrations suppressed }
        }
        vulnerabilities {
          riskFactors { factor migrants suppressed }
          byAssessment { assessment screenings suppressed }
        }
        caseManagement {
          screenings
          counsellingSessions
          referralsByStatus { status count }
        }
        services {
          medicalConsultations
          healthReferrals
          distributions
          mhpssSessions
          mhpssGroupActivities
          awarenessSessions
          uamCasesOpened
          traffickingScreenings
          traffickingVictimsIdentified
          stockLevels { item unit level lowStockThreshold isLow }
        }
      }
    }
  }
`);

export const returnIndicatorsQuery = graphql(`
  query DashboardReturns($from: Date!, $to: Date!) {
    avrStats(from: $from, to: $to) {
      pipeline { status direction centre { code name } cases }
      departures { month destinationCountry returnees }
      plansByCompletion { completion plans }
      sustainabilityByRound { round roundLabel surveys economic social psychosocial composite }
      sustainabilityByCentre { centre { code name } surveys returnees suppressed economic social psychosocial composite }
    }
  }
`);
