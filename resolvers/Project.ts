import type { ProjectResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';

export const Project: ProjectResolvers = {
  owner: (project, _args, context) => authorized(context).loaders.rows.load('USER', project.ownerId),
};
