import { post } from './action/post.js';

// Runs after the job's other steps (action.yml `runs.post`): links the uploaded reports.
await post();
