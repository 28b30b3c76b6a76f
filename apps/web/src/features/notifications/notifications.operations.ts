import { graphql } from '../../gql';

export const NOTIFICATIONS = graphql(`
  query Notifications {
    notifications(first: 20) {
      unread
      items {
        id
        kind
        groupCode
        groupName
        year
        periodKind
        deadline
        daysLeft
        reason
        createdAt
        read
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);
