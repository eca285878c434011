import { DataTypes, Model, type Sequelize } from 'sequelize'

export class UserModel extends Model {
  declare id: number
  declare email: string
}

export const initUser = (sequelize: Sequelize) => UserModel.init({ email: DataTypes.STRING }, { sequelize })
